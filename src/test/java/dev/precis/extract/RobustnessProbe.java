package dev.precis.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Developer tool: how much the extractor leans on what a page's author may not give, measured by taking it away.
 * Each page of a set is extracted as it is and rewritten in ways that keep what a reader sees ({@link Change}): word
 * F1 against the page's truth, mean and pages under 0.5 per change, and the pages that lose more than 0.3 (named only
 * in the set asked for; run it on half A). {@code -Dset=wcxb|zyte|mozilla -Dhalf=A -Dtype=article}.
 * <p>
 * extract-18 on WCXB dev half A articles (416; as they are 0.9684, 2 under 0.5): semantic 0.9642 (3), breaks 0.9618
 * (3), boxed 0.9655 (2), hashed 0.9532 (8), nometa 0.9671 (2); Zyte dev (0.9793): 0.9789, 0.9695, 0.9751, 0.9492 (3
 * under 0.5), 0.9697; Mozilla dev (0.9878): 0.9858, 0.9762, 0.9856, 0.9808, 0.9787. Before the x19 round's line-break
 * and footer-id rules: semantic 0.9621 (4) and breaks 0.9610 on half A, breaks 0.9633 and nometa 0.9642 (1) on Zyte.
 * Hashed class names cost most, through comment threads known by their names (a structural thread rule fixed them but
 * lost a half-B forum page); a page's own names are rarely that empty, so this ranks the leans, it does not score pages.
 */
public final class RobustnessProbe {

    /** A rewrite that keeps what a reader sees and takes away one kind of help. */
    enum Change {
        /** {@code <article>}, {@code <main>}, {@code <aside>}, {@code <nav>}, {@code <header>}, {@code <footer>}, {@code <section>} become {@code <div>}s. */
        SEMANTIC,
        /** Paragraphs are written as runs between line breaks ({@code text<br><br>}), as older systems write them (not in list items). */
        BREAKS,
        /** Each paragraph sits in a box of its own ({@code <div class="blk"><p>}), as page builders write them. */
        BOXED,
        /** Every class and id becomes a meaningless token (CSS modules), except the words that hide a block. */
        HASHED,
        /** No JSON-LD and no meta tags. */
        NOMETA
    }

    /** Class words that hide what they name: a page that hashes its names keeps these utility classes. */
    private static final Set<String> HIDING_WORDS = Set.of("hidden", "hide", "sr-only", "visually-hidden", "d-none",
            "invisible", "screen-reader-text", "is-hidden", "opacity-0", "collapse");

    private RobustnessProbe() {
    }

    static String rewrite(String html, Change change) {
        Document d = Jsoup.parse(html);
        switch (change) {
            case SEMANTIC -> {
                for (Element e : d.select("article, main, aside, nav, header, footer, section")) e.tagName("div");
            }
            case BREAKS -> {
                for (Element p : d.select("p")) {
                    if (p.parent() != null && p.parent().normalName().equals("li")) continue;
                    p.appendElement("br");
                    p.appendElement("br");
                    p.unwrap();
                }
            }
            case BOXED -> {
                for (Element p : d.select("p")) p.wrap("<div class=\"blk\"></div>");
            }
            case HASHED -> {
                for (Element e : d.getAllElements()) {
                    if (e.hasAttr("class")) {
                        StringBuilder b = new StringBuilder();
                        for (String t : e.classNames()) if (!t.isEmpty()) b.append(b.isEmpty() ? "" : " ").append(hashed(t));
                        e.attr("class", b.toString());
                    }
                    if (e.hasAttr("id")) e.attr("id", hashed(e.id()));
                }
            }
            case NOMETA -> d.select("script[type=application/ld+json], meta").remove();
        }
        return d.outerHtml();
    }

    private static String hashed(String name) {
        return HIDING_WORDS.contains(name.toLowerCase(Locale.ROOT)) ? name : "c" + Integer.toHexString(name.hashCode() & 0xffffff);
    }

    public static void main(String[] args) throws Exception {
        String type = System.getProperty("type", "article");
        Extractor extractor = new Extractor();
        Map<Change, double[]> sums = new LinkedHashMap<>(); // F1 sum, pages under 0.5
        for (Change c : Change.values()) sums.put(c, new double[2]);
        double base = 0;
        int baseBelow = 0;
        int n = 0;
        List<DevPages.Page> pages = DevPages.load(System.getProperty("set", "wcxb"), System.getProperty("half", "A"));
        for (DevPages.Page page : pages) {
            if (!type.equals("all") && !page.type().equals(type)) continue;
            double f = WcxbProbe.f1(extractor.extract(page.html(), null).text(), page.truth());
            base += f;
            if (f < 0.5) baseBelow++;
            n++;
            StringBuilder lost = new StringBuilder();
            for (Change c : Change.values()) {
                double fc = WcxbProbe.f1(extractor.extract(rewrite(page.html(), c), null).text(), page.truth());
                sums.get(c)[0] += fc;
                if (fc < 0.5) sums.get(c)[1]++;
                if (f - fc > 0.3) lost.append(String.format(Locale.ROOT, " %s %.2f->%.2f", c.name().toLowerCase(Locale.ROOT), f, fc));
            }
            if (!lost.isEmpty()) System.out.println(page.id() + lost);
        }
        System.out.printf(Locale.ROOT, "%s pages: %d, as they are %.4f (%d under 0.5)%n", type, n, base / Math.max(1, n), baseBelow);
        for (Map.Entry<Change, double[]> e : sums.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-9s %.4f (%d under 0.5)%n", e.getKey().name().toLowerCase(Locale.ROOT),
                    e.getValue()[0] / Math.max(1, n), (int) e.getValue()[1]);
        }
    }
}
