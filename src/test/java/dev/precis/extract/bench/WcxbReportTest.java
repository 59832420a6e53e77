package dev.precis.extract.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The domain halves: every page gets its site's domain, listed in {@code metadata.json} or not. */
class WcxbReportTest {

    @TempDir
    Path wcxb;

    @Test
    void aPageMissingFromTheMetadataTakesTheDomainOfItsTruthsUrl() throws Exception {
        Files.writeString(wcxb.resolve("metadata.json"),
                "{\"files\":{\"0001\":{\"domain\":\"example.org\"}}}", StandardCharsets.UTF_8);
        Path gt = Files.createDirectories(wcxb.resolve("dev/ground-truth"));
        Files.writeString(gt.resolve("0001.json"), "{\"url\":\"https://www.other.net/a\"}");
        Files.writeString(gt.resolve("4001.json"), "{\"url\":\"https://WWW.Example.org/news/1\"}");
        Files.writeString(gt.resolve("4002.json"), "{\"url\":\"https://blog.example.org/p\"}");
        Files.writeString(gt.resolve("4003.json"), "{\"schema_version\":\"2.0\"}");

        Map<String, String> d = WcxbReport.domains(wcxb);

        assertEquals("example.org", d.get("0001"), "the metadata's domain wins");
        assertEquals("example.org", d.get("4001"), "same site as 0001, so the same half");
        assertEquals("blog.example.org", d.get("4002"), "a subdomain is its own domain, as in metadata.json");
        assertEquals("", d.get("4003"), "no url: no domain");
        assertEquals(WcxbReport.half("example.org"), WcxbReport.half(d.get("4001")));
    }

    @Test
    void hostsAreLowerCasedWithoutWww() {
        assertEquals("forums.freebsd.org", WcxbReport.host("https://forums.FreeBSD.org/threads/1"));
        assertEquals("", WcxbReport.host("not a url"));
        assertEquals("", WcxbReport.host(""));
    }
}
