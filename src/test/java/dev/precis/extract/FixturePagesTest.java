package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.precis.model.Article;

/**
 * The quality gate's fixture half: one case per page under {@code src/test/resources/pages/<slug>/}.
 * Each page has {@code source.html} and {@code expected.json} with any of: {@code title},
 * {@code byline}, {@code published}, {@code publishedSource}, {@code lang}, {@code siteName},
 * {@code canonicalUrl}, {@code excerpt} (exact), {@code mustContain} / {@code mustNotContain}
 * (snippets of the body text), {@code diagnostics} (must be present), {@code paragraphs} (exact
 * count) and {@code minParagraphs}.
 */
class FixturePagesTest {

    private static final String[] EXACT_FIELDS = {"title", "byline", "published", "publishedSource", "lang",
            "siteName", "canonicalUrl", "excerpt"};

    private final Extractor extractor = new Extractor();

    static Stream<String> pages() throws IOException, URISyntaxException {
        Path root = Path.of(FixturePagesTest.class.getResource("/pages").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.exists(d.resolve("expected.json")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    @SuppressWarnings("unchecked")
    void page(String slug) throws Exception {
        Path dir = Path.of(FixturePagesTest.class.getResource("/pages/" + slug).toURI());
        String html = Files.readString(dir.resolve("source.html"), StandardCharsets.UTF_8);
        Map<String, Object> expected = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                Files.readString(dir.resolve("expected.json"), StandardCharsets.UTF_8), Map.class);
        Article a = extractor.extract(html, "https://fixtures.example/" + slug + "/");
        String text = a.text();
        for (String field : EXACT_FIELDS) {
            if (expected.containsKey(field)) {
                assertEquals(expected.get(field), value(a, field), slug + ": " + field);
            }
        }
        for (Object s : (List<Object>) expected.getOrDefault("mustContain", List.of())) {
            assertTrue(text.contains((String) s), slug + ": body lacks «" + s + "»\n--- body ---\n" + text);
        }
        for (Object s : (List<Object>) expected.getOrDefault("mustNotContain", List.of())) {
            assertFalse(text.contains((String) s), slug + ": body has «" + s + "»\n--- body ---\n" + text);
        }
        for (Object d : (List<Object>) expected.getOrDefault("diagnostics", List.of())) {
            assertTrue(a.diagnostics().contains(d), slug + ": diagnostics " + a.diagnostics() + " lack " + d);
        }
        if (expected.get("paragraphs") instanceof Number n) {
            assertEquals(n.intValue(), a.paragraphs().size(), slug + ": paragraphs " + a.paragraphs());
        }
        if (expected.get("minParagraphs") instanceof Number n) {
            assertTrue(a.paragraphs().size() >= n.intValue(), slug + ": paragraphs " + a.paragraphs());
        }
    }

    private static String value(Article a, String field) {
        return switch (field) {
            case "title" -> a.title();
            case "byline" -> a.byline();
            case "published" -> a.published();
            case "publishedSource" -> a.publishedSource();
            case "lang" -> a.lang();
            case "siteName" -> a.siteName();
            case "canonicalUrl" -> a.canonicalUrl();
            case "excerpt" -> a.excerpt();
            default -> throw new IllegalArgumentException(field);
        };
    }
}
