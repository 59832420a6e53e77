package scratch;

import dev.precis.model.Article;
import dev.precis.summarize.SentenceSplitter;
import dev.precis.summarize.bench.Rouge;
import dev.precis.summarize.bench.SummarySets;

import java.nio.file.Path;
import java.util.*;
import java.util.function.Function;

public class LeadProbe {
    public static void main(String[] args) throws Exception {
        Map<String, List<SummarySets.Doc>> sets = new LinkedHashMap<>(SummarySets.bbc(Path.of("../shared/summ")));
        sets.put("news", SummarySets.news(Path.of("../shared/bench")));
        SentenceSplitter sp = new SentenceSplitter();
        Map<String, Function<Article, List<String>>> sys = new LinkedHashMap<>();
        for (int k = 1; k <= 5; k++) { int kk = k; sys.put("lead" + k, a -> sp.split(a.text()).stream().limit(kk).map(SentenceSplitter.Sentence::text).toList()); }
        for (int b : new int[]{40, 50, 60, 70, 80, 90, 110}) sys.put("words" + b, a -> {
            List<String> out = new ArrayList<>(); int w = 0;
            for (var s : sp.split(a.text())) { if (w >= b) break; out.add(s.text()); w += s.text().split("\\s+").length; }
            return out; });
        for (var set : sets.entrySet()) {
            StringBuilder line = new StringBuilder(set.getKey() + ":");
            for (var s : sys.entrySet()) {
                double r1 = 0, words = 0;
                for (var d : set.getValue()) { var lines = s.getValue().apply(d.article()); r1 += Rouge.score(String.join("\n", lines), d.reference()).rouge1(); for (String l : lines) words += l.split("\\s+").length; }
                line.append(String.format(Locale.ROOT, "  %s %.1f(%.0fw)", s.getKey(), 100 * r1 / set.getValue().size(), words / set.getValue().size()));
            }
            System.out.println(line);
        }
    }
}
