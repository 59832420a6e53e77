package dev.precis.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Developer tool: the containers a whole reading skips as link lists ({@link BlockWriter} conditional pruning) on the
 * article pages of a WCXB half, with how much of each one's words the truth holds. {@code -Dhalf=A}.
 */
public final class SkipProbe {
    static String host = "";

    static String internal(Element e) {
        int in = 0, n = 0, urls = 0;
        for (Element a : e.getElementsByTag("a")) {
            String h = a.attr("href");
            n++;
            if (h.startsWith("/") && !h.startsWith("//") || !host.isEmpty() && h.contains("//" + host) || h.contains("//www." + host)) in++;
            if (a.text().startsWith("http")) urls++;
        }
        return in + "/" + n + (urls > 0 ? " urls" + urls : "");
    }

    private SkipProbe() {
    }

    public static void main(String[] args) throws Exception {
        String half = System.getProperty("half", "A");
        String only = System.getProperty("type", "article");
        for (DevPages.Page page : DevPages.load("wcxb", half)) {
            if (!only.equals("all") && !page.type().equals(only)) continue;
            Document doc = Jsoup.parse(page.html());
            DevPages.Cleaned c = DevPages.clean(doc);
            PageTypes.Typed typed = PageTypes.typed(doc, c.index(), c.meta(), c.sizes(), c.meta().canonicalUrl());
            if (typed.profile() != PageType.ARTICLE) continue;
            Names names = new Names(typed.replyTree(), PageTypes.shop(typed, c.meta()), false);
            Cleaner.Pruning pruning = Cleaner.prune(c.body(), c.sizes(), names, true, Cleaner.Vocab.ALL, false);
            Map<Element, ContentScorer.Stats> stats = ContentScorer.measure(c.body(), pruning.pruned, c.sizes());
            ContentScorer.Selection sel = ContentScorer.select(c.body(), stats, names, false);
            Map<String, Integer> truth = new HashMap<>();
            List<String> tt = WcxbProbe.tokens(page.truth());
            for (int k = 0; k + 4 < tt.size(); k++) truth.merge(String.join(" ", tt.subList(k, k + 5)), 1, Integer::sum);
            String url = c.meta().canonicalUrl();
            host = url == null ? "" : java.net.URI.create(url.replace(" ", "%20")).getHost();
            if (host == null) host = "";
            host = host.replaceFirst("^www\\.", "");
            for (Element root : sel.elements()) walk(page.id(), root, pruning.pruned, stats, names, truth);
        }
    }

    private static void walk(String id, Element e, Set<Element> pruned, Map<Element, ContentScorer.Stats> stats, Names names,
                             Map<String, Integer> truth) {
        if (pruned.contains(e)) return;
        String tag = e.normalName();
        if (Vocabulary.CONDITIONAL_TAGS.contains(tag)) {
            ContentScorer.Stats s = stats.get(e);
            if (s != null && s.text > 0 && s.commas < Tuning.PROSE_COMMAS && s.text - s.links < Tuning.LINK_LIST_MAX_PLAIN_CHARS) {
                double limit = names.classWeight(e) > 0 ? Tuning.MAX_LINK_DENSITY_POSITIVE : Tuning.MAX_LINK_DENSITY;
                boolean skip = tag.equals("p") ? s.linkDensity() > Tuning.LINE_MAX_LINK_DENSITY && s.text < Tuning.SHORT_LINE_CHARS
                        && !(e.parent() != null && e.parent().normalName().equals("li")) : s.linkDensity() > limit;
                if (skip) {
                    List<String> words = WcxbProbe.tokens(e.text());
                    int in = 0;
                    for (int k = 0; k + 4 < words.size(); k++) if (truth.containsKey(String.join(" ", words.subList(k, k + 5)))) in++;
                    if (words.size() >= 5) {
                        String t = e.text();
                        System.out.printf(Locale.ROOT, "%s\t%s\t%d\t%.2f\t%d\t%d\t%.2f\t%d\t%s\t%s%n", id, tag + (e.className().isEmpty() ? "" : "." + e.className().split(" ")[0]),
                                s.text, s.linkDensity(), s.anchors, s.commas, (double) in / Math.max(1, words.size() - 4), words.size(),
                                internal(e), t.substring(0, Math.min(90, t.length())));
                    }
                    return;
                }
            }
        }
        for (Element ch : e.children()) walk(id, ch, pruned, stats, names, truth);
    }
}
