package dev.precis.extract;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Stages 3 and 4: scores candidate containers and picks the article's elements.
 * <p>
 * One traversal measures, for every element outside the pruned set, its text length, link text
 * length and commas (from the per-element counts of {@link TextSizes}), and for every block (an element that starts a new line) its own inline text.
 * Each block with enough own text gives points (1 + commas + length, scaled down by its own link
 * density) to its parent, half to its grandparent and less to higher ancestors. A candidate's
 * final score is its points plus class/tag weights, times one minus its link density. Stage 4 then
 * adds siblings of the winner that look like more of the same article.
 */
final class ContentScorer {

    /** Per-element measurements; mutable, filled by the traversal. */
    static final class Stats {
        int text;
        int links;
        /** Links with text in the subtree (outermost {@code <a>}s). */
        int anchors;
        int commas;
        int ownText;
        int ownLinks;
        int ownCommas;
        double points;
        /** Undivided points of all blocks below (for sibling merging across deep wrappers). */
        double deepPoints;
        boolean candidate;

        double linkDensity() {
            return text == 0 ? 0 : (double) links / text;
        }
    }

    /** The outcome of stages 3–4. */
    record Selection(List<Element> elements, Element winner, double score, double runnerUp,
                     Map<Element, Stats> stats) {
    }

    private ContentScorer() {
    }

    /**
     * Measures the subtree of {@code body}, skipping {@code pruned} elements, from the per-element counts of
     * {@code sizes} (taken of the same body; of a body they were not taken of, they are taken here): a walk over its
     * table in document order, which reads no element of the page.
     */
    static Map<Element, Stats> measure(Element body, Set<Element> pruned, TextSizes sizes) {
        if (sizes.size(body) == null) sizes = TextSizes.of(body, 64); // 64: a first guess, the table grows
        // In document order: select() walks the map, and an IdentityHashMap's order (by identity hash) differs
        // between runs, so an exact tie between two candidates could go either way from one run to the next.
        Measures stats = new Measures(sizes);
        boolean[] prunedAt = sizes.marked(pruned); // the pruned set by index: no look-up per element
        TextSizes.Size root = sizes.size(body);
        if (!prunedAt[root.index]) measure(root, null, false, prunedAt, sizes, stats);
        return stats;
    }

    /**
     * The stats of one measurement: kept by each element's {@link TextSizes.Size#index} (an array slot, where a hash
     * map put an entry per element and pass, and every pass measures the whole body) and walked in the order they were
     * measured, document order, as a {@link LinkedHashMap} would be. Read-only for others.
     */
    static final class Measures extends AbstractMap<Element, Stats> {
        private final TextSizes sizes;
        private final Stats[] byIndex;
        /** The measured elements and their stats, in the order they were measured. */
        private final List<Element> keys;
        private final List<Stats> values;

        Measures(TextSizes sizes) {
            this.sizes = sizes;
            this.byIndex = new Stats[sizes.count()];
            this.keys = new ArrayList<>(sizes.count());
            this.values = new ArrayList<>(sizes.count());
        }

        /** The sizes the stats were measured from. */
        TextSizes sizes() {
            return sizes;
        }

        /** The stats by {@link TextSizes.Size#index} of {@link #sizes} (null for an element not measured). Read only. */
        Stats[] byIndex() {
            return byIndex;
        }

        /** Adds the stats {@code s} of the element whose sizes are {@code size}. */
        void add(TextSizes.Size size, Stats s) {
            byIndex[size.index] = s;
            keys.add(size.element);
            values.add(s);
        }

        @Override
        public Stats get(Object key) {
            if (!(key instanceof Element e)) return null;
            TextSizes.Size size = sizes.size(e);
            return size == null ? null : byIndex[size.index];
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return keys.size();
        }

        @Override
        public Set<Map.Entry<Element, Stats>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<Element, Stats>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < keys.size();
                        }

                        @Override
                        public Map.Entry<Element, Stats> next() {
                            if (next >= keys.size()) throw new NoSuchElementException();
                            int k = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(keys.get(k), values.get(k));
                        }
                    };
                }

                @Override
                public int size() {
                    return keys.size();
                }
            };
        }
    }

    /**
     * {@code stats} as {@link Measures}, for a walk that reads them by index: they must come from {@link #measure}.
     */
    static Measures measures(Map<Element, Stats> stats) {
        if (stats instanceof Measures m) return m;
        throw new IllegalArgumentException("stats not measured by ContentScorer.measure");
    }

    /**
     * Measures the element of {@code size} and its unpruned subtree (a plain recursion over the table's indexes: the
     * first child element's is the next one, each further child's the end of its elder sibling's subtree; jsoup's
     * parser caps the depth at 512) and returns its stats.
     *
     * @param block  the stats of the nearest enclosing block, which owns inline text; null above the first
     * @param inLink true inside an {@code <a>}
     */
    private static Stats measure(TextSizes.Size size, Stats block, boolean inLink, boolean[] prunedAt, TextSizes sizes,
                                 Measures stats) {
        Stats s = new Stats();
        stats.add(size, s);
        if (size.block) block = s;
        boolean outerLink = size.link && !inLink;
        if (outerLink) inLink = true;
        // the element's own text nodes: text of this element, and own text of the nearest block
        int len = size.directChars;
        if (len > 0) {
            int commas = size.directCommas;
            s.text += len;
            s.commas += commas;
            if (inLink) s.links += len;
            if (block != null) {
                block.ownText += len;
                block.ownCommas += commas;
                if (inLink) block.ownLinks += len;
            }
        }
        for (int child = size.index + 1; child < size.end; ) {
            TextSizes.Size childSize = sizes.at(child);
            child = childSize.end;
            if (prunedAt[childSize.index]) continue;
            Stats c = measure(childSize, block, inLink, prunedAt, sizes, stats);
            s.text += c.text;
            s.links += c.links;
            s.anchors += c.anchors;
            s.commas += c.commas;
        }
        if (outerLink && s.text > 0) s.anchors++;
        return s;
    }

    /** Scores, picks the winner and merges its siblings. */
    static Selection select(Element body, Map<Element, Stats> stats, Names names) {
        return select(body, stats, names, false);
    }

    /**
     * Scores, picks the winner and merges its siblings; on a {@code discussion} page a winner inside one post of
     * the thread (a run of sibling blocks of one structure, {@link #postOf}) stands for the whole run.
     */
    static Selection select(Element body, Map<Element, Stats> stats, Names names, boolean discussion) {
        List<Element> candidates = new ArrayList<>();
        for (Map.Entry<Element, Stats> entry : stats.entrySet()) {
            Element block = entry.getKey();
            Stats b = entry.getValue();
            if (b.ownText < Tuning.MIN_BLOCK_CHARS || Vocabulary.HEADING_TAGS.contains(block.normalName())) continue;
            double ownDensity = (double) b.ownLinks / b.ownText;
            double points = (1 + b.ownCommas + Math.min((double) b.ownText / Tuning.CHARS_PER_POINT,
                    Tuning.MAX_LENGTH_POINTS)) * (1 - ownDensity);
            for (Element up = block.parent(); up != null; up = up.parent()) {
                Stats u = stats.get(up);
                if (u == null) break;
                u.deepPoints += points;
                if (up == body) break;
            }
            Element ancestor = block.parent();
            for (int level = 0; level < Tuning.SCORE_LEVELS && ancestor != null; level++) {
                Stats a = stats.get(ancestor);
                if (a == null) break;
                if (!a.candidate) {
                    a.candidate = true;
                    a.points = initialScore(ancestor, names);
                    candidates.add(ancestor);
                }
                double share = level == 0 ? 1 : level == 1 ? Tuning.GRANDPARENT_SHARE
                        : 1 / (level * Tuning.DEEP_ANCESTOR_DIVISOR);
                a.points += points * share;
                if (ancestor == body) break;
                ancestor = ancestor.parent();
            }
        }
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<Element> top = new ArrayList<>();
        for (Element c : candidates) {
            double score = finalScore(c, stats);
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
            insertTop(top, c, stats);
        }
        if (best == null) return new Selection(List.of(body), body, 0, 0, stats);
        best = promote(best, bestScore, top, body, stats, discussion);
        double runnerUp = 0;
        for (Element c : top) {
            if (c != best && !isRelated(c, best)) {
                runnerUp = Math.max(runnerUp, finalScore(c, stats));
            }
        }
        Element question = discussion ? questionOf(best, body, stats) : null;
        Element post = discussion && question == null ? postOf(best, body, stats) : null;
        List<Element> elements = question != null ? List.of(question) : post != null ? thread(post, stats) : mergeSiblings(best, body, stats, discussion ? null : articleOf(best, body, stats));
        return new Selection(elements, best, finalScore(best, stats), runnerUp, stats);
    }

    /**
     * The post that holds {@code winner} (or is it), up to {@link Tuning#POST_CLIMB_LEVELS} levels up: an element
     * with a sibling of the same tag and class that has text too, as every post of a thread is built alike. A
     * long post (a log, a quoted article) outscores the short ones around it; they are the thread all the same.
     * Null when the winner is in no such run.
     */
    private static Element postOf(Element winner, Element body, Map<Element, Stats> stats) {
        Element e = winner;
        for (int level = 0; level <= Tuning.POST_CLIMB_LEVELS && e != null && e != body; level++, e = e.parent()) {
            if (samePostSignature(e, e) && thread(e, stats).size() >= Tuning.THREAD_MIN_POSTS) return e;
        }
        return null;
    }

    /**
     * The question that holds {@code winner} on a question-and-answer page: the element that schema.org microdata
     * names a {@link Vocabulary#QUESTION_ITEMTYPE}, with its answers inside. Scoring picks the answers (most of the
     * text, built alike) or one long answer, and the question above them, the thread's first post, was left out.
     * Calibration (WCXB dev forum pages): half A 0.797 -> 0.801 (6 Q&amp;A pages up, +0.30 F1 in sum, none down),
     * half B 0.814 -> 0.816 (+0.10: five up, two down). Null when no question holds the winner.
     */
    private static Element questionOf(Element winner, Element body, Map<Element, Stats> stats) {
        for (Element e = winner; e != null && e != body; e = e.parent()) {
            if (e.attr("itemtype").endsWith(Vocabulary.QUESTION_ITEMTYPE)) return stats.containsKey(e) ? e : null;
        }
        return null;
    }

    /**
     * A post's structure: its tag and a class token in common (posts often alternate a second class for stripes,
     * {@code "row1 post"}, {@code "row2 post"}); an {@code <article>} needs no class.
     */
    private static boolean samePostSignature(Element a, Element b) {
        if (!a.normalName().equals(b.normalName())) return false;
        String ca = a.className();
        if (ca.isEmpty() || b.className().isEmpty()) return a.normalName().equals("article") && ca.equals(b.className());
        if (ca.equals(b.className())) return true;
        Set<String> tokens = a.classNames();
        for (String t : b.classNames()) if (tokens.contains(t)) return true;
        return false;
    }

    /** {@code post} and its siblings of the same structure that hold text, in document order. */
    private static List<Element> thread(Element post, Map<Element, Stats> stats) {
        Element parent = post.parent();
        if (parent == null) return List.of(post);
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == post) {
                out.add(sib);
                continue;
            }
            Stats s = stats.get(sib);
            if (s != null && s.text > 0 && samePostSignature(post, sib)) out.add(sib);
        }
        return out;
    }

    private static boolean isRelated(Element a, Element b) {
        Element x = a;
        while (x != null) {
            if (x == b) return true;
            x = x.parent();
        }
        x = b;
        while (x != null) {
            if (x == a) return true;
            x = x.parent();
        }
        return false;
    }

    private static void insertTop(List<Element> top, Element c, Map<Element, Stats> stats) {
        double s = finalScore(c, stats);
        int k = 0;
        while (k < top.size() && finalScore(top.get(k), stats) >= s) k++;
        if (k < Tuning.TOP_CANDIDATES) {
            top.add(k, c);
            if (top.size() > Tuning.TOP_CANDIDATES) top.remove(top.size() - 1);
        }
    }

    static double finalScore(Element e, Map<Element, Stats> stats) {
        Stats s = stats.get(e);
        return s == null ? 0 : s.points * (1 - s.linkDensity());
    }

    private static double initialScore(Element e, Names names) {
        double score = names.classWeight(e);
        switch (e.normalName()) {
            case "div", "section" -> score += Tuning.CONTAINER_BONUS;
            case "article", "main" -> score += Tuning.CONTAINER_BONUS + Tuning.SEMANTIC_BONUS;
            case "pre", "td", "blockquote" -> score += Tuning.QUOTE_BONUS;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> score -= Tuning.LIST_PENALTY;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> score -= Tuning.HEADING_PENALTY;
            default -> {
            }
        }
        if (e.attr("itemprop").equals("articleBody")) score += Tuning.SEMANTIC_BONUS;
        return score;
    }

    /**
     * Moves the winner up when the content is split over several containers: when enough of the
     * top candidates share an ancestor scoring close to the winner, or the winner is an only child. Outside a
     * discussion, a candidate in a smaller {@code <article>} of its own ({@link #otherPost}) does not count.
     */
    private static Element promote(Element best, double bestScore, List<Element> top, Element body,
                                   Map<Element, Stats> stats, boolean discussion) {
        List<Element> close = new ArrayList<>();
        Element article = discussion ? null : articleOf(best, body, stats);
        for (Element c : top) {
            if (c != best && finalScore(c, stats) >= bestScore * Tuning.PARENT_PROMOTE_RATIO
                    && !otherPost(c, article, body, stats)) close.add(c);
        }
        if (close.size() + 1 >= Tuning.MIN_SHARED_CANDIDATES) {
            Element parent = best.parent();
            while (parent != null && parent != body) {
                int shared = 0;
                for (Element c : close) if (isRelated(parent, c) && c != parent) shared++;
                if (shared + 1 >= Tuning.MIN_SHARED_CANDIDATES) {
                    best = parent;
                    break;
                }
                parent = parent.parent();
            }
        }
        Element parent = best.parent();
        while (parent != null && parent != body && stats.containsKey(parent) && parent.childrenSize() == 1) {
            best = parent;
            parent = best.parent();
        }
        return best;
    }

    /**
     * The {@code <article>} element the winner {@code best} reads: the nearest that holds it (or is it), else the one
     * {@code <article>} inside it; null when there is none, or more than one inside, or it was pruned.
     */
    private static Element articleOf(Element best, Element body, Map<Element, Stats> stats) {
        Element article = null;
        for (Element e = best; e != null && e != body && article == null; e = e.parent()) {
            if (e.normalName().equals("article")) article = e;
        }
        if (article == null) {
            List<Element> inner = best.getElementsByTag("article");
            if (inner.size() == 1) article = inner.get(0);
        }
        return article != null && stats.containsKey(article) ? article : null;
    }

    /**
     * True when {@code e} is, is inside or holds an {@code <article>} apart from the winner's {@code article} with less
     * than {@link Tuning#OTHER_POST_TEXT_SHARE} of its text: another post (a teaser of the site's other stories), not
     * a part of the same article split over boxes. False when {@code article} is null.
     */
    private static boolean otherPost(Element e, Element article, Element body, Map<Element, Stats> stats) {
        if (article == null) return false;
        for (Element up = e; up != null && up != body; up = up.parent()) {
            if (up.normalName().equals("article")) return !isRelated(up, article) && smallerPost(up, article, stats);
        }
        for (Element inner : e.getElementsByTag("article")) {
            if (!isRelated(inner, article) && smallerPost(inner, article, stats)) return true;
        }
        return false;
    }

    private static boolean smallerPost(Element post, Element article, Map<Element, Stats> stats) {
        Stats s = stats.get(post);
        return s == null || s.text < stats.get(article).text * Tuning.OTHER_POST_TEXT_SHARE;
    }

    /**
     * Stage 4: the winner plus siblings that score well, are built like it ({@link Tuning#SIBLING_SAME_BUILD}) or read
     * like article paragraphs; never a sibling that is or holds another post ({@link #otherPost}) of the winner's
     * {@code article} (null: none, or a discussion).
     */
    private static List<Element> mergeSiblings(Element best, Element body, Map<Element, Stats> stats, Element article) {
        Element parent = best.parent();
        if (parent == null) return List.of(best);
        double bestScore = finalScore(best, stats);
        double threshold = Math.max(Tuning.SIBLING_MIN_SCORE, bestScore * Tuning.SIBLING_SCORE_SHARE);
        List<Element> out = new ArrayList<>();
        int wrappers = 0; // boxes around one paragraph each (Tuning.SIBLING_WRAPPED_PARAGRAPHS)
        for (Element sib : parent.children()) if (sib != best && paragraphWrapper(sib, stats)) wrappers++;
        boolean wrapped = wrappers >= Tuning.SIBLING_WRAPPED_PARAGRAPHS;
        for (Element sib : parent.children()) {
            if (sib == best) {
                out.add(sib);
                continue;
            }
            Stats s = stats.get(sib);
            if (s == null || s.text == 0 || otherPost(sib, article, body, stats)) continue;
            double bonus = !best.className().isEmpty() && best.className().equals(sib.className())
                    ? bestScore * Tuning.SIBLING_SCORE_SHARE : 0;
            double deepThreshold = Math.max(Tuning.SIBLING_MIN_SCORE, stats.get(best).deepPoints * Tuning.SIBLING_SCORE_SHARE);
            if (s.candidate && finalScore(sib, stats) + bonus >= threshold) {
                out.add(sib);
            } else if (Tuning.SIBLING_SAME_BUILD && builtAlike(best, sib) && s.deepPoints > 0
                    && s.linkDensity() < Tuning.SIBLING_MAX_LINK_DENSITY) {
                out.add(sib); // more of the same column: a block of the winner's very build with a paragraph in it
            } else if (s.deepPoints * (1 - s.linkDensity()) >= deepThreshold
                    && s.linkDensity() < Tuning.SIBLING_MAX_LINK_DENSITY) {
                out.add(sib);
            } else if (sib.normalName().equals("p") || s.ownText == s.text // a paragraph or a leaf block
                    || wrapped && paragraphWrapper(sib, stats)) { // or one of the boxes each paragraph has
                double density = s.linkDensity();
                String text = sib.text();
                if (text.length() > Tuning.SIBLING_LONG_PARAGRAPH && density < Tuning.SIBLING_MAX_LINK_DENSITY) {
                    out.add(sib);
                } else if (text.length() <= Tuning.SIBLING_LONG_PARAGRAPH && density == 0 && endsSentence(text)) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    /**
     * True when {@code e} is only a box around one paragraph: no text of its own and a single child, itself a {@code <p>}
     * or such a box. A page that wraps each of its story's paragraphs in a box of its own ({@code <div class="par">})
     * leaves the winner (the box of the paragraphs after them) with siblings that read as the paragraphs they wrap.
     */
    private static boolean paragraphWrapper(Element e, Map<Element, Stats> stats) {
        for (Element at = e; ; ) {
            Stats s = stats.get(at);
            if (s == null || s.ownText > 0 || at.childrenSize() != 1) return false;
            at = at.child(0);
            if (at.normalName().equals("p")) return true;
        }
    }

    /** The same tag and the very same (non-empty) class value ({@link Tuning#SIBLING_SAME_BUILD}). */
    private static boolean builtAlike(Element best, Element sib) {
        String cls = best.className();
        return !cls.isEmpty() && best.normalName().equals(sib.normalName()) && cls.equals(sib.className());
    }

    /** True when {@code text} (stripped, 2+ chars) ends with a sentence's end ({@link Vocabulary#SENTENCE_END_CHARS}). */
    static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && Vocabulary.SENTENCE_END_CHARS.indexOf(t.charAt(t.length() - 1)) >= 0
                && t.length() > 1;
    }
}
