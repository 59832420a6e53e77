package dev.precis.pipeline;

import dev.precis.config.StandaloneConfig;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.SummarizeRequest;
import dev.precis.model.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken and hostile inputs through the whole pipeline (built-in engine, files on disk): each ends in a
 * correct extraction or a clear error — never a crash, a hang or a half-written result. Inputs are
 * generated here; none is committed.
 */
class HostileInputTest {

    private static final String STORY = "<p>The council voted on Tuesday to close Harbor Street to cars on weekends "
            + "from June through September, after a long debate.</p><p>Supporters said the change would help the "
            + "shops on the street, while opponents worried about parking for customers.</p>";

    @TempDir
    Path dir;

    private Pipeline pipeline(Map<String, String> settings) {
        return PipelineFactory.create(StandaloneConfig.load(settings), () -> {
            throw new IllegalStateException("no S3 here");
        });
    }

    private Outcome run(Pipeline p, String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return p.process(new FileSource(file.toString(), List.of()));
    }

    private ErrorCode failure(Pipeline p, String name, byte[] content) {
        return assertThrows(PrecisException.class, () -> run(p, name, content)).code();
    }

    private static String page(String body) {
        return "<!doctype html><html><head><title>Harbor Street</title></head><body><article>" + body + "</article></body></html>";
    }

    @Test
    void hundredThousandDeepNestingIsExtractedOrRefusedWithoutCrashing() throws Exception {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(100_000)).append(STORY).append("</div>".repeat(100_000)).append("</body></html>");
        try {
            Outcome o = run(pipeline(Map.of()), "deep.html", html.toString().getBytes(StandardCharsets.UTF_8));
            assertTrue(o.result().article().text().contains("Harbor Street"));
        } catch (PrecisException e) {
            assertTrue(e.code().isClientError(), e.code().id());
            assertFalse(Files.exists(dir.resolve("deep.summary.json")));
        }
    }

    @Test
    void aTwentyMegabyteLineIsRefusedByTheDefaultCap() {
        byte[] line = ("<html><body><p>" + "word ".repeat(4_000_000) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        assertEquals(ErrorCode.TOO_LARGE, failure(pipeline(Map.of()), "line.html", line));
        assertFalse(Files.exists(dir.resolve("line.summary.json")));
    }

    @Test
    void aTwentyMegabyteLineWithinARaisedCapIsSummarized() throws Exception {
        String sentence = "The council met again and talked about parking on Harbor Street for a long time. ";
        byte[] line = page("<p>" + sentence.repeat(20_000_000 / sentence.length()) + "</p>").getBytes(StandardCharsets.UTF_8);
        Outcome o = run(pipeline(Map.of("precis.fetch.max-bytes", "33554432")), "big.html", line);
        assertTrue(o.result().article().words() > 1_000_000);
        assertFalse(o.result().keyFacts().isEmpty());
    }

    @Test
    void nulBytesAndInvalidUtf8DoNotBreakExtraction() throws Exception {
        byte[] story = page(STORY).getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[story.length + 6];
        System.arraycopy(story, 0, broken, 0, story.length);
        broken[story.length] = 0;
        broken[story.length + 1] = (byte) 0xC3;          // truncated UTF-8 sequence
        broken[story.length + 2] = (byte) 0x28;
        broken[story.length + 3] = (byte) 0xFF;          // never valid in UTF-8
        broken[story.length + 4] = 0;
        broken[story.length + 5] = '\n';
        Outcome o = run(pipeline(Map.of()), "broken.html", broken);
        assertTrue(o.result().article().text().contains("Harbor Street"));
        assertFalse(o.result().article().text().contains("\u0000"));
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() throws Exception {
        String html = page("<p>Café owners on Harbor Street — and their customers — welcomed the council’s vote on Tuesday.</p>"
                + "<p>The closure starts in June and lasts through September, the council said after the vote.</p>");
        byte[] bytes = ("\uFEFF" + html).getBytes(StandardCharsets.UTF_16LE);
        Outcome o = run(pipeline(Map.of()), "utf16.html", bytes);
        assertTrue(o.result().article().text().contains("Café owners on Harbor Street — and their customers"));
    }

    @Test
    void aPageMislabelledAsUtf8ButWrittenInWindows1252KeepsItsAccents() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"><title>T</title></head><body><article>"
                + "<p>Les propriétaires des cafés de la rue Harbor ont salué le vote du conseil mardi soir.</p>"
                + "<p>La fermeture commence en juin et dure jusqu’en septembre, a précisé le conseil.</p></article></body></html>";
        Outcome o = run(pipeline(Map.of()), "latin.html", html.getBytes(Charset.forName("windows-1252")));
        String text = o.result().article().text();
        assertTrue(text.contains("propriétaires") || text.contains("propri\uFFFDtaires"), text);
        assertTrue(o.result().keyFacts().stream().allMatch(f -> f.verified()));
    }

    @Test
    void scriptOnlyAndBinaryInputsAreClearErrors() {
        Pipeline p = pipeline(Map.of());
        assertEquals(ErrorCode.EMPTY_ARTICLE, failure(p, "script.html",
                "<html><body><script>document.write('hello')</script></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ErrorCode.EMPTY_ARTICLE, failure(p, "empty.html", new byte[0]));
        assertEquals(ErrorCode.UNSUPPORTED_MEDIA_TYPE, failure(p, "image.html",
                new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}));
        assertEquals(ErrorCode.UNSUPPORTED_MEDIA_TYPE, failure(p, "doc.html", "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(Files.exists(dir.resolve("script.summary.json")));
    }
}
