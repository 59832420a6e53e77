package dev.precis.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.pipeline.PipelineFactory;
import dev.precis.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bin/precis}'s contract: arguments, output files, exit codes and stderr lines. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(PipelineFactory::fromEnvironment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void summarizeWritesTheResultBesideTheFileAndPrintsItsPath(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("kim.html");
        Files.writeString(page, Fixtures.referencePage());
        int code = run("summarize", "--question", "Where may Kim travel and why?", "--question",
                "What did the meeting decide?", page.toString());
        assertEquals(0, code, stderr());
        Path result = dir.resolve("kim.summary.json");
        assertEquals(result.toString(), out.toString(StandardCharsets.UTF_8).strip());
        JsonNode r = JSON.readTree(result.toFile());
        assertEquals("precis.summary/v1", r.get("schema").asText());
        assertEquals("builtin-extractive", r.at("/provenance/engine").asText());
        assertEquals("answered", r.at("/answers/0/status").asText());
        assertEquals("not_stated", r.at("/answers/1/status").asText());
    }

    @Test
    void summarizeReadsTextFiles(@TempDir Path dir) throws Exception {
        Path txt = dir.resolve("note.txt");
        Files.writeString(txt, "The council voted on Tuesday to close Harbor Street to cars on weekends.\n\n"
                + "The measure passed five to two after a long debate about parking and trade.");
        assertEquals(0, run("summarize", txt.toString()), stderr());
        assertTrue(Files.exists(dir.resolve("note.summary.json")));
    }

    @Test
    void extractWritesTheArticleJson(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("kim.html");
        Files.writeString(page, Fixtures.referencePage());
        Path outDir = dir.resolve("out");
        assertEquals(0, run("extract", "--out", outDir.toString(), page.toString()), stderr());
        JsonNode a = JSON.readTree(outDir.resolve("kim.json").toFile());
        for (String field : new String[]{"title", "byline", "publishedTime", "lang", "siteName", "excerpt", "text"}) {
            assertTrue(a.has(field), field);
        }
        assertEquals("North Korea’s Kim Jong Un may meet with Putin in Russia this month, US official says",
                a.get("title").asText());
        String[] paragraphs = a.get("text").asText().split("\n\n");
        assertEquals(9, paragraphs.length);
        for (int i = 0; i < 9; i++) {
            assertTrue(paragraphs[i].startsWith(Fixtures.REFERENCE_PARAGRAPH_STARTS[i]), paragraphs[i]);
        }
    }

    @Test
    void usageErrorsExit2() {
        assertEquals(2, run());
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("summarize"));
        assertEquals(2, run("extract", "--out"));
        assertTrue(stderr().contains("usage"));
    }

    @Test
    void rejectedInputExits3WithOneLineOnStderr(@TempDir Path dir) throws Exception {
        assertEquals(3, run("summarize", dir.resolve("missing.html").toString()));
        assertTrue(stderr().startsWith("precis: source_not_found: "), stderr());
        err.reset();
        Path pdf = dir.resolve("doc.pdf");
        Files.writeString(pdf, "%PDF-1.7");
        assertEquals(3, run("summarize", pdf.toString()));
        assertTrue(stderr().startsWith("precis: unsupported_media_type: "), stderr());
        err.reset();
        assertEquals(3, run("summarize", "http://127.0.0.1/admin"));
        assertTrue(stderr().startsWith("precis: forbidden_address: "), stderr());
        assertEquals(1, stderr().strip().lines().count());
    }

    @Test
    void oneBadSourceDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "A paragraph that says something about a town and its council.\n\nAnd another one.");
        assertEquals(3, run("summarize", dir.resolve("missing.txt").toString(), good.toString()));
        assertTrue(Files.exists(dir.resolve("good.summary.json")));
        assertFalse(out.toString(StandardCharsets.UTF_8).isBlank());
    }

    @Test
    void anUnusableSettingIsAUsageErrorNamingTheKey(@TempDir Path dir) throws Exception {
        Path txt = dir.resolve("note.txt");
        Files.writeString(txt, "A paragraph about a council vote.\n\nAnd a second one.");
        System.setProperty("precis.llm.provider", "frobnicator");
        try {
            assertEquals(2, run("summarize", txt.toString()));
        } finally {
            System.clearProperty("precis.llm.provider");
        }
        assertTrue(stderr().startsWith("precis: invalid_config: "), stderr());
        assertTrue(stderr().contains("precis.llm.provider"), stderr());
        assertFalse(Files.exists(dir.resolve("note.summary.json")));
    }
}
