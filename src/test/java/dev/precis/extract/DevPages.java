package dev.precis.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.extract.bench.WcxbReport;

/**
 * Developer tools' access to the shared dev pages ({@code ../shared/bench}): WCXB dev by domain half,
 * or Zyte / Mozilla dev (all articles), with each page's truth; and a page taken through the stages up to
 * its readings, as {@link Extractor} takes it.
 */
final class DevPages {

    /** One page: its id, true type, HTML and the text its truth says is the content. */
    record Page(String id, String type, String html, String truth) {
    }

    /** A page cleaned up to stage 3: its metadata, body, sizes and type. */
    record Cleaned(Metadata meta, Element body, TextSizes sizes, PageIndex index, PageType type) {
        BodyReader reader(boolean discussion) {
            return new BodyReader(body, sizes, new Names(), meta.title(), meta.byline(), discussion);
        }
    }

    private static final Path BENCH = Path.of("../shared/bench");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DevPages() {
    }

    /**
     * The pages of {@code set}: {@code wcxb} (of one domain half, {@code A}, {@code B} or {@code all}), {@code zyte}
     * or {@code mozilla}.
     */
    static List<Page> load(String set, String half) throws IOException {
        List<Page> pages = new ArrayList<>();
        if (!set.equals("wcxb")) {
            JsonNode truth = JSON.readTree(BENCH.resolve(set + "/dev/ground-truth.json").toFile());
            for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
                String id = it.next();
                Path f = BENCH.resolve(set + "/dev/html/" + id + ".html");
                if (Files.exists(f)) pages.add(new Page(id, "article", Files.readString(f), truth.get(id).path("articleBody").asText("")));
            }
            return pages;
        }
        Path wcxb = BENCH.resolve("wcxb");
        for (Map.Entry<String, String> e : WcxbReport.domains(wcxb).entrySet()) {
            String id = e.getKey();
            if (!half.equals("all") && !WcxbReport.half(e.getValue()).equals(half)) continue;
            JsonNode gt = JSON.readTree(wcxb.resolve("dev/ground-truth/" + id + ".json").toFile());
            String type = gt.path("_internal").path("page_type").path("primary").asText("article");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(wcxb.resolve("dev/html/" + id + ".html.gz")))) {
                pages.add(new Page(id, type.equals("category") ? "collection" : type,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8), gt.path("ground_truth").path("main_content").asText("")));
            }
        }
        return pages;
    }

    /** {@code html} through stages 1–3 as {@link Extractor} runs them. */
    static Cleaned clean(String html) {
        return clean(Jsoup.parse(html));
    }

    /** {@code doc} through stages 1–3 as {@link Extractor} runs them (the document is cleaned in place). */
    static Cleaned clean(Document doc) {
        PageIndex index = PageIndex.of(doc);
        if (Reveal.streamedSegments(index.inlineScripts, index.segments, doc.body())) index = PageIndex.of(doc);
        if (Reveal.pageCloak(doc.body(), index.invisible)) index = PageIndex.of(doc);
        Metadata meta = MetadataReader.read(doc, index);
        Cleaner.removeInvisible(index);
        Element body = doc.body();
        TextSizes sizes = TextSizes.of(body, index.elementCount);
        if (Reveal.fadeIns(index.fadeIns, body, sizes)) sizes = TextSizes.of(body, index.elementCount);
        PageType type = PageTypes.detect(doc, index, meta, sizes, meta.canonicalUrl());
        return new Cleaned(meta, body, sizes, index, type);
    }
}
