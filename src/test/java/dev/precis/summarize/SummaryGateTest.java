package dev.precis.summarize;

import dev.precis.summarize.bench.Rouge;
import dev.precis.summarize.bench.SummarySets;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The bars on the BBC set of {@code ../shared/summ}, scored in-process ({@link Rouge}, as
 * {@code rouge.py} scores): ROUGE-1 of the whole set at least 55, and above Lead-3 on each half (the one
 * the ranker was tuned on and the held-out one). Skipped, with a message, when the set is absent;
 * {@code bin/bench-summary} prints the full figures.
 */
class SummaryGateTest {

    static final Path SUMM = Path.of(System.getProperty("precis.summ.dir", "../shared/summ"));
    static final double BBC_R1_FLOOR = 55.0;

    @Test
    void bbcRouge1StaysAbove55AndBeatsLead3OnEachHalf() throws Exception {
        assumeTrue(Files.isDirectory(SUMM.resolve("articles")),
                "SKIP summary gate: " + SUMM.toAbsolutePath() + " is absent (BBC summary set not on this machine)");
        BuiltinEngine engine = new BuiltinEngine();
        SentenceSplitter splitter = new SentenceSplitter();
        double all = 0;
        int n = 0;
        for (Map.Entry<String, List<SummarySets.Doc>> half : SummarySets.bbc(SUMM).entrySet()) {
            double builtin = 0;
            double lead3 = 0;
            for (SummarySets.Doc d : half.getValue()) {
                builtin += Rouge.score(String.join("\n", engine.summarySentences(d.article())), d.reference()).rouge1();
                List<String> lead = splitter.split(d.article().text()).stream().limit(3)
                        .map(SentenceSplitter.Sentence::text).toList();
                lead3 += Rouge.score(String.join("\n", lead), d.reference()).rouge1();
            }
            int size = half.getValue().size();
            System.out.printf(Locale.ROOT, "summary gate %s: R1 %.2f, Lead-3 %.2f (%d articles)%n", half.getKey(),
                    100 * builtin / size, 100 * lead3 / size, size);
            assertTrue(builtin > lead3, half.getKey() + ": engine " + builtin / size + " <= Lead-3 " + lead3 / size);
            all += builtin;
            n += size;
        }
        assertTrue(100 * all / n >= BBC_R1_FLOOR, "BBC R1 " + 100 * all / n + " < " + BBC_R1_FLOOR);
    }
}
