package dev.precis.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Developer tool: where the truth's lines that a WCXB page's output misses were lost — removed as invisible
 * (and by which element), pruned (by which block), or left out of the writing. {@code LossProbe <id>}; reads
 * {@code target/bench/wcxb/<id>.json} for the output.
 */
public final class LossProbe {

    private LossProbe() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path wcxb = Path.of("../shared/bench/wcxb/dev");
        for (String id : args) {
            String truth = json.readTree(wcxb.resolve("ground-truth/" + id + ".json").toFile()).path("ground_truth").path("main_content").asText();
            String html;
            try (var in = new GZIPInputStream(Files.newInputStream(wcxb.resolve("html/" + id + ".html.gz")))) {
                html = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            String profile = System.getProperty("profile", "");
            String pred = profile.isEmpty()
                    ? json.readTree(Path.of("target/bench/wcxb/" + id + ".json").toFile()).path("text").asText()
                    : String.join("\n\n", BlockWriter.texts(Choice.choose(PageType.valueOf(profile.toUpperCase(Locale.ROOT)),
                            DevPages.clean(html).reader(false)).blocks()));
            if (!profile.isEmpty()) System.out.printf(Locale.ROOT, "%s reading F1 %.3f%n", profile, WcxbProbe.f1(pred, truth));
            Document doc = Jsoup.parse(html);
            String predLower = norm(pred);
            List<String> missing = new ArrayList<>();
            List<Element> found = new ArrayList<>();
            for (String line : truth.split("\n")) {
                String l = norm(line).replaceFirst("^([-*#>|]+|\\d+\\.)\\s*", "").replace("**", "");
                if (l.length() < 12 || predLower.contains(l.substring(0, Math.min(40, l.length())))) continue;
                String key = l.substring(0, Math.min(30, l.length()));
                Element at = smallest(doc.body(), key);
                missing.add(line);
                found.add(at);
            }
            // run the stages on the same document
            DevPages.Cleaned cleaned = DevPages.clean(doc);
            Element body = cleaned.body();
            TextSizes sizes = cleaned.sizes();
            Metadata meta = cleaned.meta();
            PageIndex index = cleaned.index();
            PageTypes.Typed typed = PageTypes.typed(doc, index, meta, sizes, meta.canonicalUrl());
            System.out.println("== " + id + " type " + typed.type() + " profile " + typed.profile() + " missing lines " + missing.size());
            // the class/id vocabulary as the extractor reads it on this page (reply tree, shop, list page)
            Names names = new Names(typed.replyTree(), PageTypes.shop(typed, meta),
                    typed.profile() == PageType.LISTING || typed.profile() == PageType.COLLECTION);
            Cleaner.Pruning junk = Cleaner.prune(body, sizes, names, true, Cleaner.Vocab.JUNK, false);
            Cleaner.Pruning all = Cleaner.prune(body, sizes, names, true, Cleaner.Vocab.ALL, false);
            for (int k = 0; k < missing.size(); k++) {
                Element e = found.get(k);
                String where;
                if (e == null) where = "NOT IN HTML BODY TEXT";
                else {
                    Node top = e;
                    while (top.parentNode() != null && !(top.parentNode() instanceof Document)) top = top.parentNode();
                    if (!(top.parentNode() instanceof Document) && top != doc.body() && !(top instanceof Element el && el.normalName().equals("html"))) {
                        where = "REMOVED invisible: " + describe((Element) top);
                    } else {
                        Element p = prunedAncestor(e, junk);
                        Element q = prunedAncestor(e, all);
                        where = p != null ? "PRUNED junk: " + describe(p) : q != null ? "pruned(ALL only): " + describe(q) : "kept by pruning; lost in writing/selection " + (e.closest("a") != null ? "[in link] " : "") + describe(e);
                    }
                }
                String line = missing.get(k);
                System.out.println("  - " + line.substring(0, Math.min(70, line.length())) + "\n      " + where);
            }
        }
    }

    private static Element prunedAncestor(Element e, Cleaner.Pruning p) {
        for (Element a = e; a != null; a = a.parent()) if (p.pruned.contains(a)) return a;
        return null;
    }

    static String describe(Element e) {
        StringBuilder b = new StringBuilder(e.normalName());
        for (var a : e.attributes()) {
            if (a.getKey().startsWith("data-") && !a.getKey().contains("hid") && !a.getKey().contains("state")) continue;
            b.append(' ').append(a.getKey()).append("=\"").append(a.getValue(), 0, Math.min(60, a.getValue().length())).append('"');
        }
        return b.toString();
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static Element smallest(Element root, String key) {
        Element best = null;
        for (Element e : root.getAllElements()) {
            if (norm(e.text()).contains(key)) best = e; // later = deeper in document order among containing
        }
        return best;
    }
}
