package dev.precis.summarize;

import dev.precis.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fixture page, the README's first request and the sample S3 page get a clean summary: two to four
 * sentences, none opening with a dash, closing punctuation or a lower-case letter (the mark of a sentence
 * cut in the wrong place), and key facts that open the same way.
 */
class SummaryHygieneTest {

    static Stream<String> sources() throws IOException, URISyntaxException {
        List<String> out = new ArrayList<>(List.of("event:direct-invoke.json", "html:events/objects/news/kim.html"));
        try (Stream<Path> dirs = Files.list(Path.of(SummaryHygieneTest.class.getResource("/pages").toURI()))) {
            dirs.map(d -> "page:" + d.getFileName()).sorted().forEach(out::add);
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void summaryAndFactsOpenCleanly(String source) throws IOException {
        Article a = QuestionSetTest.article(source);
        Draft d = new BuiltinEngine().draft(a, List.of());
        List<SentenceSplitter.Sentence> sentences = new SentenceSplitter().split(d.summary(), a.lang());
        assertTrue(!sentences.isEmpty(), source + ": empty summary");
        if (a.words() > 60) assertTrue(sentences.size() >= 2 && sentences.size() <= 4, source + ": " + d.summary());
        for (SentenceSplitter.Sentence s : sentences) assertTrue(opensCleanly(s.text()), source + ": «" + s.text() + "»");
        for (Draft.Fact f : d.facts()) assertTrue(opensCleanly(f.fact()), source + ": fact «" + f.fact() + "»");
    }

    private static boolean opensCleanly(String sentence) {
        int c = sentence.codePointAt(0);
        if (Character.isLowerCase(c)) return false;
        return Character.isLetterOrDigit(c) || "\"'\u201C\u2018(\u00AB\u300C".indexOf(c) >= 0;
    }

}
