package dev.precis.summarize;

import dev.precis.summarize.bench.SummarySets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The splitter's case table ({@code src/test/resources/summarize/sentence-splits.tsv}) and its contracts. */
class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(SentenceSplitter.Sentence::text).toList();
    }

    static Stream<Arguments> table() throws IOException {
        return SummarySets.resourceLines("/summarize/sentence-splits.tsv").stream().map(line -> {
            String[] c = line.split("\t");
            if (c.length != 4) throw new IllegalStateException("want 4 tab-separated columns: " + line);
            return Arguments.of(c[3], c[0].equals("-") ? null : c[0], c[1].replace("\\n", "\n"),
                    List.of(c[2].split(" \\|\\| ")));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void splitsAsTheTableSays(String why, String lang, String text, List<String> expected) {
        List<SentenceSplitter.Sentence> sentences = splitter.split(text, lang);
        assertEquals(expected, sentences.stream().map(SentenceSplitter.Sentence::text).toList(), why);
        for (SentenceSplitter.Sentence s : sentences) assertEquals(s.text(), text.substring(s.start(), s.end()));
    }

    @Test
    void theTableHasAtLeastEightyCases() throws IOException {
        assertTrue(table().count() >= 80);
    }

    @Test
    void lineBreaksEndSentencesAndCountParagraphs() {
        List<SentenceSplitter.Sentence> s = splitter.split("Headline without period\n\nFirst. Second.\n\nThird.");
        assertEquals(List.of("Headline without period", "First.", "Second.", "Third."),
                s.stream().map(SentenceSplitter.Sentence::text).toList());
        assertEquals(List.of(0, 1, 1, 2), s.stream().map(SentenceSplitter.Sentence::paragraph).toList());
        assertEquals(List.of(0, 1, 2, 3), s.stream().map(SentenceSplitter.Sentence::index).toList());
    }

    @Test
    void offsetsIndexTheOriginalText() {
        String text = "  One sentence here.   Another one!  \n\n  A third, in Vt. — with a dash.  ";
        List<SentenceSplitter.Sentence> sentences = splitter.split(text);
        assertEquals(3, sentences.size());
        for (SentenceSplitter.Sentence s : sentences) assertEquals(s.text(), text.substring(s.start(), s.end()));
    }

    @Test
    void breakIteratorOffsetsIndexTheOriginalText() {
        String text = "Первое предложение. Второе!\n\nТретье.";
        List<SentenceSplitter.Sentence> sentences = splitter.split(text, "ru");
        assertEquals(List.of("Первое предложение.", "Второе!", "Третье."),
                sentences.stream().map(SentenceSplitter.Sentence::text).toList());
        for (SentenceSplitter.Sentence s : sentences) assertEquals(s.text(), text.substring(s.start(), s.end()));
    }

    @Test
    void emptyTextHasNoSentences() {
        assertEquals(List.of(), split(""));
        assertEquals(List.of(), split(null));
        assertEquals(List.of(), splitter.split("   \n  ", "ja"));
    }

    @Test
    void languagesWithoutATableGoToBreakIterator() {
        assertSame(SplitRules.ENGLISH, SplitRules.forLanguage(null));
        assertSame(SplitRules.ENGLISH, SplitRules.forLanguage("en-GB"));
        assertSame(SplitRules.GERMAN, SplitRules.forLanguage("de-AT"));
        assertSame(SplitRules.FRENCH, SplitRules.forLanguage("fr-FR"));
        assertSame(SplitRules.SPANISH, SplitRules.forLanguage("es"));
        assertNull(SplitRules.forLanguage("ja"));
        assertNull(SplitRules.forLanguage("ar"));
    }

    @Test
    void aLongTextWithoutTerminatorsIsOneSentence() {
        String text = "word ".repeat(50_000).strip();
        assertEquals(1, splitter.split(text).size());
        assertEquals(1, splitter.split(text, "ja").size());
    }
}
