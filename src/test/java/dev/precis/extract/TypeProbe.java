package dev.precis.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Developer tool: the page-type signals of every page of a set with its true and its detected type
 * ({@code target/types-<half>.tsv}), and the confusion matrix. {@code -Dset=wcxb|zyte|mozilla -Dhalf=A|B|all}.
 */
public final class TypeProbe {

    private TypeProbe() {
    }

    public static void main(String[] args) throws Exception {
        String set = System.getProperty("set", "wcxb");
        String half = System.getProperty("half", "A");
        StringBuilder out = new StringBuilder("id\ttype\tdecided\ttypes\tpath\tpre\th\tsec\tart\ttime\ttext\tlinks\tprose"
                + "\tproseChars\tprices\tcart\tcards\tcardChars\tposts\tpostsNamed\tdated\tauthored\n");
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        for (DevPages.Page page : DevPages.load(set, half)) {
            DevPages.Cleaned c = DevPages.clean(page.html());
            PageTypes.Signals s = PageTypes.signals(c.body(), c.index(), c.meta(), c.sizes(), c.meta().canonicalUrl());
            String decided = PageTypes.declaredIndex(PageTypes.decide(s), s).id();
            confusion.computeIfAbsent(page.type(), k -> new TreeMap<>()).merge(decided, 1, Integer::sum);
            out.append(String.join("\t", page.id(), page.type(), decided, String.join(",", new TreeSet<>(s.types())), s.path(),
                    "" + s.codeBlocks(), "" + s.headings(), "" + s.sections(), "" + s.articles(), "" + s.times(),
                    "" + s.textChars(), "" + s.linkChars(), "" + s.proseBlocks(), "" + s.proseChars(), "" + s.prices(),
                    "" + s.cartControls(), "" + s.cards(), "" + s.cardChars(), "" + s.posts(), "" + s.postsNamed(),
                    "" + s.dated(), "" + s.authored())).append('\n');
        }
        Files.writeString(Path.of("target/types-" + (set.equals("wcxb") ? half : set) + ".tsv"), out);
        int right = 0;
        int all = 0;
        for (var e : confusion.entrySet()) {
            System.out.println(e.getKey() + " -> " + e.getValue());
            all += e.getValue().values().stream().mapToInt(i -> i).sum();
            right += e.getValue().getOrDefault(e.getKey(), 0);
        }
        System.out.printf("typed right %.3f (%d/%d)%n", (double) right / all, right, all);
    }
}
