package dev.precis.extract;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.extract.bench.WcxbReport;

/** Developer tool: page-type signals per WCXB page of one half, with the true type and the decided one. */
public final class TypeProbe {
    public static void main(String[] args) throws Exception {
        ObjectMapper om = new ObjectMapper();
        Path wcxb = Path.of("../shared/bench/wcxb");
        JsonNode files = om.readTree(wcxb.resolve("metadata.json").toFile()).path("files");
        String half = System.getProperty("half", "A");
        StringBuilder out = new StringBuilder("id\ttype\tdecided\ttypes\tpath\tpre\th\tsec\tart\ttime\ttext\tlinks\tprose\tproseChars\tprices\tcart\tcards\tcardChars\tposts\tpostsNamed\tdated\tauthored\n");
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        String set = System.getProperty("set", "wcxb");
        Iterator<String> it = set.equals("wcxb") ? files.fieldNames()
                : om.readTree(Path.of("../shared/bench/" + set + "/dev/ground-truth.json").toFile()).fieldNames();
        if (!set.equals("wcxb")) half = set;
        while (it.hasNext()) {
            String id = it.next();
            String type = "article";
            String html;
            if (set.equals("wcxb")) {
            if (!half.equals("all") && !WcxbReport.half(files.get(id).path("domain").asText()).equals(half)) continue;
            JsonNode gt = om.readTree(wcxb.resolve("dev/ground-truth/" + id + ".json").toFile());
            type = gt.path("_internal").path("page_type").path("primary").asText("article");
            if (type.equals("category")) type = "collection";
            try (InputStream in = new GZIPInputStream(Files.newInputStream(wcxb.resolve("dev/html/" + id + ".html.gz")))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            } else {
                Path f = Path.of("../shared/bench/" + set + "/dev/html/" + id + ".html");
                if (!Files.exists(f)) continue;
                html = Files.readString(f);
            }
            Document doc = Jsoup.parse(html);
            PageIndex index = PageIndex.of(doc);
            if (Reveal.streamedSegments(index.inlineScripts, index.segments)) index = PageIndex.of(doc);
            Metadata meta = MetadataReader.read(doc, index);
            Cleaner.removeInvisible(index);
            Element body = doc.body();
            TextSizes sizes = TextSizes.of(body, index.elementCount);
            if (Reveal.fadeIns(index.fadeIns, body, sizes)) sizes = TextSizes.of(body, index.elementCount);
            String url = meta.canonicalUrl() != null ? meta.canonicalUrl() : "";
            PageTypes.Signals s = PageTypes.signals(body, index, meta, sizes, url);
            String decided = PageTypes.decide(s).id();
            confusion.computeIfAbsent(type, k -> new TreeMap<>()).merge(decided, 1, Integer::sum);
            out.append(String.join("\t", id, type, decided, String.join(",", new TreeSet<>(s.types())), s.path(),
                    "" + s.codeBlocks(), "" + s.headings(), "" + s.sections(), "" + s.articles(), "" + s.times(),
                    "" + s.textChars(), "" + s.linkChars(), "" + s.proseBlocks(), "" + s.proseChars(), "" + s.prices(),
                    "" + s.cartControls(), "" + s.cards(), "" + s.cardChars(), "" + s.posts(), "" + s.postsNamed(), "" + s.dated(), "" + s.authored())).append('\n');
        }
        Files.writeString(Path.of("target/types-" + half + ".tsv"), out);
        int right = 0, all = 0;
        for (var e : confusion.entrySet()) {
            System.out.println(e.getKey() + " -> " + e.getValue());
            all += e.getValue().values().stream().mapToInt(i -> i).sum();
            right += e.getValue().getOrDefault(e.getKey(), 0);
        }
        System.out.printf("accuracy %.3f (%d/%d)%n", (double) right / all, right, all);
    }
}
