package dev.precis.extract;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.extract.bench.WcxbReport;

/** Developer tool: per-page F1 of candidate strategies on one WCXB half (default A), mean per type and oracle. */
public final class WcxbProbe {
    static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s == null ? "" : s.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    static double f1(String pred, String truth) {
        List<String> p = tokens(pred), r = tokens(truth);
        if (r.isEmpty()) return p.isEmpty() ? 1 : 0;
        if (p.isEmpty()) return 0;
        Map<String, Integer> c = new HashMap<>();
        for (String t : r) c.merge(t, 1, Integer::sum);
        int overlap = 0;
        for (String t : p) {
            Integer n = c.get(t);
            if (n != null && n > 0) { overlap++; c.put(t, n - 1); }
        }
        double P = (double) overlap / p.size(), R = (double) overlap / r.size();
        return P + R == 0 ? 0 : 2 * P * R / (P + R);
    }

    public static void main(String[] args) throws Exception {
        Path wcxb = Path.of("../shared/bench/wcxb");
        String half = System.getProperty("half", "A");
        String only = System.getProperty("type", "");
        ObjectMapper om = new ObjectMapper();
        JsonNode files = om.readTree(wcxb.resolve("metadata.json").toFile()).path("files");
        Map<String, Function<String, String>> strategies = new LinkedHashMap<>();
        Extractor ex = new Extractor();
        for (PageType t : new PageType[] {PageType.ARTICLE, PageType.SERVICE, PageType.LISTING}) {
            strategies.put(t.id(), html -> chosen(html, t));
        }
        strategies.put("wJunk", html -> wholeOf(html, Cleaner.Vocab.JUNK, true));
        for (double r : new double[] {0.7, 0.8, 0.9}) strategies.put("svc" + r, html -> svc(html, r));
        Map<String, Map<String, List<Double>>> byType = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        String set = System.getProperty("set", "wcxb");
        JsonNode other = set.equals("wcxb") ? null : om.readTree(Path.of("../shared/bench/" + set + "/dev/ground-truth.json").toFile());
        (other == null ? files : other).fieldNames().forEachRemaining(ids::add);
        StringBuilder perPage = new StringBuilder();
        for (String id : ids) {
            String type = "article";
            String truth;
            String html;
            if (other == null) {
            String domain = files.get(id).path("domain").asText();
            if (!half.equals("all") && !WcxbReport.half(domain).equals(half)) continue;
            JsonNode gt = om.readTree(wcxb.resolve("dev/ground-truth/" + id + ".json").toFile());
            type = gt.path("_internal").path("page_type").path("primary").asText("article");
            if (type.equals("category")) type = "collection";
            if (!only.isEmpty() && !only.equals(type)) continue;
            truth = gt.path("ground_truth").path("main_content").asText("");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(wcxb.resolve("dev/html/" + id + ".html.gz")))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            } else {
                Path f = Path.of("../shared/bench/" + set + "/dev/html/" + id + ".html");
                if (!Files.exists(f)) continue;
                html = Files.readString(f);
                truth = other.get(id).path("articleBody").asText("");
            }
            double best = 0;
            perPage.append(id).append('\t').append(type);
            List<Integer> lens = new ArrayList<>();
            for (var s : strategies.entrySet()) {
                String out = s.getValue().apply(html);
                lens.add(tokens(out).size());
                double f = f1(out, truth);
                best = Math.max(best, f);
                byType.computeIfAbsent(type, k -> new LinkedHashMap<>()).computeIfAbsent(s.getKey(), k -> new ArrayList<>()).add(f);
                byType.computeIfAbsent("ALL", k -> new LinkedHashMap<>()).computeIfAbsent(s.getKey(), k -> new ArrayList<>()).add(f);
                perPage.append(String.format(Locale.ROOT, "\t%.3f", f));
            }
            for (int L : lens) perPage.append('\t').append(L);
            perPage.append('\t').append(tokens(truth).size());
            perPage.append('\n');
            byType.get(type).computeIfAbsent("oracle", k -> new ArrayList<>()).add(best);
            byType.get("ALL").computeIfAbsent("oracle", k -> new ArrayList<>()).add(best);
        }
        Files.writeString(Path.of("target/probe.tsv"), perPage);
        for (var t : byType.entrySet()) {
            StringBuilder b = new StringBuilder(String.format("%-14s n=%4d", t.getKey(), t.getValue().values().iterator().next().size()));
            for (var s : t.getValue().entrySet()) {
                b.append(String.format(Locale.ROOT, "  %s %.3f", s.getKey(), s.getValue().stream().mapToDouble(d -> d).average().orElse(0)));
            }
            System.out.println(b);
        }
    }

    static String svc(String html, double r) {
        Document doc = Jsoup.parse(html);
        PageIndex index = PageIndex.of(doc);
        if (Reveal.streamedSegments(index.inlineScripts, index.segments)) index = PageIndex.of(doc);
        Metadata meta = MetadataReader.read(doc, index);
        Cleaner.removeInvisible(index);
        Element body = doc.body();
        TextSizes sizes = TextSizes.of(body, index.elementCount);
        if (Reveal.fadeIns(index.fadeIns, body, sizes)) sizes = TextSizes.of(body, index.elementCount);
        BodyReader reader = new BodyReader(body, sizes, new Names(), meta.title(), meta.byline(), false);
        BodyReader.Reading scored = reader.scored();
        BodyReader.Reading whole = reader.whole(Cleaner.Vocab.JUNK, true);
        BodyReader.Reading best = scored.words() < whole.words() * r ? whole : scored;
        return String.join("\n\n", BlockWriter.texts(best.blocks()));
    }

    static String wholeOf(String html, Cleaner.Vocab vocab, boolean conditional) {
        Document doc = Jsoup.parse(html);
        PageIndex index = PageIndex.of(doc);
        if (Reveal.streamedSegments(index.inlineScripts, index.segments)) index = PageIndex.of(doc);
        Metadata meta = MetadataReader.read(doc, index);
        Cleaner.removeInvisible(index);
        Element body = doc.body();
        TextSizes sizes = TextSizes.of(body, index.elementCount);
        if (Reveal.fadeIns(index.fadeIns, body, sizes)) sizes = TextSizes.of(body, index.elementCount);
        BodyReader reader = new BodyReader(body, sizes, new Names(), meta.title(), meta.byline(), false);
        return String.join("\n\n", BlockWriter.texts(reader.whole(vocab, conditional).blocks()));
    }

    /** The body as {@link Choice} reads it for page type {@code type}. */
    static String chosen(String html, PageType type) {
        Document doc = Jsoup.parse(html);
        PageIndex index = PageIndex.of(doc);
        if (Reveal.streamedSegments(index.inlineScripts, index.segments)) index = PageIndex.of(doc);
        Metadata meta = MetadataReader.read(doc, index);
        Cleaner.removeInvisible(index);
        Element body = doc.body();
        TextSizes sizes = TextSizes.of(body, index.elementCount);
        if (Reveal.fadeIns(index.fadeIns, body, sizes)) sizes = TextSizes.of(body, index.elementCount);
        BodyReader reader = new BodyReader(body, sizes, new Names(), meta.title(), meta.byline(), false);
        if (type == null) {
            BodyReader.Reading scored = reader.scored();
            BodyReader.Reading whole = reader.whole(Cleaner.Vocab.NONE, true);
            BodyReader.Reading r = Quality.proseChars(scored.blocks()) < Quality.proseChars(whole.blocks()) * Tuning.WHOLE_READING_SHARE
                    ? whole : scored;
            return String.join("\n\n", BlockWriter.texts(r.blocks()));
        }
        return String.join("\n\n", BlockWriter.texts(Choice.choose(type, reader).blocks()));
    }

    /** Whole-region reading: body (or main) minus invisible, furniture and vocabulary-pruned blocks, link lists dropped. */
    static String reading(String html, boolean preferMain) {
        return reading(html, preferMain, true, true);
    }

    static String reading(String html, boolean preferMain, boolean vocabulary, boolean conditional) {
        Document doc = Jsoup.parse(html);
        Names names = new Names();
        PageIndex index = PageIndex.of(doc);
        if (Reveal.streamedSegments(index.inlineScripts, index.segments)) index = PageIndex.of(doc);
        Metadata meta = MetadataReader.read(doc, index);
        Cleaner.removeInvisible(index);
        Element body = doc.body();
        TextSizes sizes = TextSizes.of(body, index.elementCount);
        if (Reveal.fadeIns(index.fadeIns, body, sizes)) sizes = TextSizes.of(body, index.elementCount);
        Cleaner.Pruning pruning = Cleaner.prune(body, sizes, names, true, vocabulary ? Cleaner.Vocab.ALL : Cleaner.Vocab.NONE, false);
        Element root = body;
        if (preferMain) {
            Element main = body.selectFirst("main, [role=main]");
            if (main != null && sizes.text(main) > 0.3 * sizes.text(body)) root = main;
        }
        Map<Element, ContentScorer.Stats> stats = ContentScorer.measure(body, pruning.pruned, sizes);
        return String.join("\n\n", BlockWriter.texts(BlockWriter.write(List.of(root), pruning.pruned, stats, names, conditional, meta.title(), meta.byline(), false)));
    }
}
