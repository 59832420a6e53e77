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

/** Developer tool: features of the scored vs whole readings where they disagree, with each one's F1. */
public final class SwitchProbe {
    record Page(String set, String id, String type, String html, String truth) {}

    public static void main(String[] args) throws Exception {
        ObjectMapper om = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        Path bench = Path.of("../shared/bench");
        for (String set : new String[] {"zyte", "mozilla"}) {
            JsonNode gt = om.readTree(bench.resolve(set + "/dev/ground-truth.json").toFile());
            for (Iterator<String> it = gt.fieldNames(); it.hasNext(); ) {
                String id = it.next();
                Path f = bench.resolve(set + "/dev/html/" + id + ".html");
                if (!Files.exists(f)) continue;
                pages.add(new Page(set, id, "article", Files.readString(f), gt.get(id).path("articleBody").asText()));
            }
        }
        Path wcxb = bench.resolve("wcxb");
        JsonNode files = om.readTree(wcxb.resolve("metadata.json").toFile()).path("files");
        for (Iterator<String> it = files.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            if (!WcxbReport.half(files.get(id).path("domain").asText()).equals(System.getProperty("half", "A"))) continue;
            JsonNode gt = om.readTree(wcxb.resolve("dev/ground-truth/" + id + ".json").toFile());
            String type = gt.path("_internal").path("page_type").path("primary").asText("article");
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(wcxb.resolve("dev/html/" + id + ".html.gz")))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            pages.add(new Page("wcxb", id, type, html, gt.path("ground_truth").path("main_content").asText("")));
        }
        StringBuilder out = new StringBuilder("set\tid\ttype\tsW\twW\tf1S\tf1W\tsProse\twProse\tsParas\twParas\textraTeasers\textraLinkLines\tsContainsH1\tsAfterH1\tscore\trunner\n");
        for (Page p : pages) {
            Document doc = Jsoup.parse(p.html);
            PageIndex index = PageIndex.of(doc);
            if (Reveal.streamedSegments(index.inlineScripts, index.segments)) index = PageIndex.of(doc);
            Metadata meta = MetadataReader.read(doc, index);
            Cleaner.removeInvisible(index);
            Element body = doc.body();
            TextSizes sizes = TextSizes.of(body, index.elementCount);
            if (Reveal.fadeIns(index.fadeIns, body, sizes)) sizes = TextSizes.of(body, index.elementCount);
            BodyReader reader = new BodyReader(body, sizes, new Names(), meta.title(), meta.byline(), false);
            BodyReader.Reading s = reader.scored();
            BodyReader.Reading w = reader.whole(Cleaner.Vocab.STRONG, true);
            if (s.words() >= w.words() * 0.7) continue;
            String sText = String.join("\n\n", BlockWriter.texts(s.blocks()));
            String wText = String.join("\n\n", BlockWriter.texts(w.blocks()));
            Set<String> sSet = new HashSet<>(BlockWriter.texts(s.blocks()));
            int teasers = 0, linkLines = 0;
            List<Block> wb = w.blocks();
            for (int k = 0; k < wb.size(); k++) {
                Block b = wb.get(k);
                if (sSet.contains(b.text())) continue;
                if (b.linkChars() == b.chars()) {
                    linkLines++;
                    if (k + 1 < wb.size() && wb.get(k + 1).linkChars() == 0 && wb.get(k + 1).text().length() > 60) teasers++;
                }
            }
            Element h1 = sizes.firstHeadline();
            Element winner = s.selection() == null ? null : s.selection().winner();
            boolean containsH1 = h1 != null && winner != null && contains(winner, h1);
            out.append(String.join("\t", p.set, p.id, p.type, "" + s.words(), "" + w.words(),
                    String.format(Locale.ROOT, "%.3f", WcxbProbe.f1(sText, p.truth)), String.format(Locale.ROOT, "%.3f", WcxbProbe.f1(wText, p.truth)),
                    "" + prose(s.blocks()), "" + prose(w.blocks()), "" + s.blocks().size(), "" + w.blocks().size(), "" + teasers, "" + linkLines,
                    "" + containsH1, "" + (h1 != null && winner != null && after(h1, winner)),
                    String.format(Locale.ROOT, "%.1f", s.selection() == null ? 0 : s.selection().score()),
                    String.format(Locale.ROOT, "%.1f", s.selection() == null ? 0 : s.selection().runnerUp()))).append('\n');
        }
        Files.writeString(Path.of("target/switch.tsv"), out);
    }

    static int prose(List<Block> blocks) {
        int n = 0;
        Block prev = null;
        for (Block b : blocks) {
            String t = b.text();
            boolean teaser = prev != null && prev.linkChars() == prev.chars() && prev.kind() != Block.Kind.ITEM;
            prev = b;
            if (teaser && Boolean.getBoolean("teaser")) continue;
            if (t.length() >= 80 && b.linkDensity() < 0.2 && Vocabulary.SENTENCE_END_CHARS.indexOf(t.charAt(t.length() - 1)) >= 0) n += Dom.wordCount(t);
        }
        return n;
    }

    static boolean contains(Element a, Element e) {
        for (Element x = e; x != null; x = x.parent()) if (x == a) return true;
        return false;
    }

    /** True when {@code e} starts after {@code h1} in document order. */
    static boolean after(Element h1, Element e) {
        return h1.cssSelector().length() >= 0 && compare(h1, e) < 0;
    }

    static int compare(Element a, Element b) {
        List<Integer> pa = path(a), pb = path(b);
        for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) if (!pa.get(i).equals(pb.get(i))) return pa.get(i) - pb.get(i);
        return pa.size() - pb.size();
    }

    static List<Integer> path(Element e) {
        LinkedList<Integer> p = new LinkedList<>();
        for (Element x = e; x.parent() != null; x = x.parent()) p.addFirst(x.elementSiblingIndex());
        return p;
    }
}
