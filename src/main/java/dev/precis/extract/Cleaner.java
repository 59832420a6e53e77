package dev.precis.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Stage 2: removal of non-content. Two kinds:
 * <ol>
 *   <li>{@link #removeInvisible} deletes, for good, what a reader never sees: non-content tags
 *       (script, style, template, noscript, svg…), HTML comments, and hidden elements
 *       ({@code hidden}, {@code aria-hidden=true}, inline {@code display:none} /
 *       {@code visibility:hidden}, hiding CSS classes). Hidden text can never reach the output —
 *       the prompt-injection defence.</li>
 *   <li>{@link #prune} marks (without deleting, so a relaxed attempt can undo it) page furniture
 *       (nav, aside, footer, forms, header outside the article, ARIA landmarks) and blocks whose
 *       class/id vocabulary says share/related/ranking/recommendation/comment/ad/breadcrumb/rating.
 *       It also takes out the byline element, remembering its text.</li>
 * </ol>
 */
final class Cleaner {

    /** What {@link #prune} found besides the pruned set. */
    static final class Pruning {
        final Set<Element> pruned = Collections.newSetFromMap(new IdentityHashMap<>());
        String byline;
        /** True once {@link #byline} was found after the page's headline (bylines follow headlines). */
        boolean bylineAfterHeading;
        boolean paywallMarker;
        /** Blocks pruned by class/id vocabulary or "Related" headings (0: a vocabulary-free attempt would change nothing). */
        int vocabularyHits;
    }

    private Cleaner() {
    }

    /** True for what {@link #removeInvisible} deletes: a comment, a non-content tag or a hidden element. */
    static boolean isInvisible(Node node) {
        if (node instanceof Comment) return true;
        return node instanceof Element e && (Vocabulary.NON_CONTENT_TAGS.contains(e.normalName()) || Dom.isHidden(e));
    }

    /** Deletes the invisible nodes the page index found ({@link PageIndex#invisible}), with their subtrees. */
    static void removeInvisible(PageIndex index) {
        for (Node n : index.invisible) n.remove();
    }

    /**
     * Marks furniture and vocabulary-named blocks of {@code body}.
     *
     * @param sizes      the text sizes of {@code body}, measured after {@link #removeInvisible}
     * @param furniture  prune nav/aside/footer/form/header and ARIA landmarks
     * @param vocabulary prune blocks named by the negative class/id vocabulary
     */
    static Pruning prune(Element body, TextSizes sizes, boolean furniture, boolean vocabulary) {
        Pruning result = new Pruning();
        int protect = (int) (sizes.text(body) * Tuning.PROTECT_TEXT_SHARE);
        Element heading = sizes.firstHeadline();
        boolean[] seenHeading = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || depth == 0) return FilterResult.CONTINUE;
                if (e == heading) seenHeading[0] = true;
                String tag = e.normalName();
                boolean named = e.attributesSize() > 0 && (e.hasAttr("class") || e.hasAttr("id"));
                List<String> classTokens = named ? Dom.tokensOf(e.attr("class")) : List.of();
                List<String> idTokens = named ? Dom.tokensOf(e.id()) : List.of();
                List<String> tokens = idTokens.isEmpty() ? classTokens : concat(classTokens, idTokens);
                if (!result.paywallMarker) {
                    for (String t : tokens) {
                        if (Vocabulary.PAYWALL_TOKENS.contains(t)) result.paywallMarker = true;
                    }
                }
                if ((named || e.attributesSize() > 0) && isByline(e, tokens)
                        && sizes.text(e) < Tuning.MAX_BYLINE_CHARS) {
                    String text = bylineText(e);
                    if (text != null) {
                        if (result.byline == null || (seenHeading[0] && !result.bylineAfterHeading)) {
                            result.byline = text;
                            result.bylineAfterHeading = seenHeading[0];
                        }
                        result.pruned.add(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                if (vocabulary && Vocabulary.HEADING_TAGS.contains(tag) && headsLinkBlock(e, heading, protect, sizes)) {
                    result.pruned.add(e.parent());
                    result.vocabularyHits++;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("article") || tag.equals("main")) return FilterResult.CONTINUE;
                boolean furnitureHit = furniture && (Vocabulary.FURNITURE_TAGS.contains(tag)
                        || Vocabulary.FURNITURE_ROLES.contains(e.attr("role"))
                        || (tag.equals("header") && !Dom.insideArticle(e)));
                Dom.NameVerdict verdict = !furnitureHit && vocabulary && named
                        ? Dom.judgeName(classTokens, idTokens) : Dom.NameVerdict.NONE;
                if (verdict != Dom.NameVerdict.NONE && Vocabulary.INLINE_TAGS.contains(tag)
                        && insideSentence(e)) {
                    verdict = Dom.NameVerdict.NONE;
                }
                if (furnitureHit && !isProtected(e, Dom.NameVerdict.NONE, protect, heading, sizes)
                        || verdict != Dom.NameVerdict.NONE && !isProtected(e, verdict, protect, heading, sizes)) {
                    if (result.byline == null && !furnitureHit) result.byline = bylineInside(e, sizes);
                    if (!furnitureHit) result.vocabularyHits++;
                    result.pruned.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return result;
    }

    /**
     * A block named like furniture is still kept when it is long prose with few links (weak names
     * only), when it holds the page's headline and real text, or when it holds most of the page's
     * text (a mis-named wrapper; not for strong names, since a long comment thread can outweigh a
     * short article).
     */
    private static boolean isProtected(Element e, Dom.NameVerdict verdict, int protect, Element heading,
                                       TextSizes sizes) {
        int text = sizes.text(e);
        if (verdict == Dom.NameVerdict.WEAK && text >= Tuning.WEAK_KEEP_CHARS
                && sizes.links(e) <= text * Tuning.WEAK_KEEP_LINK_DENSITY) return true;
        boolean holdsHeadline = heading != null && text >= Tuning.WEAK_KEEP_CHARS && isAncestor(e, heading);
        if (holdsHeadline) return true;
        return text > protect && verdict != Dom.NameVerdict.STRONG;
    }

    /** A "Related"/"You may also like" heading that opens its parent block (not the article's own). */
    private static boolean headsLinkBlock(Element h, Element mainHeading, int protect, TextSizes sizes) {
        Element parent = h.parent();
        if (parent == null || parent.normalName().equals("body") || h.elementSiblingIndex() != 0) return false;
        String text = Dom.normalize(h.text());
        if (text.isEmpty() || text.length() > Tuning.MAX_BYLINE_CHARS
                || !Vocabulary.RELATED_HEADING.matcher(text).matches()) return false;
        if (mainHeading != null) return !isAncestor(parent, mainHeading);
        return sizes.text(parent) <= protect;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    /** A byline element: {@code rel=author}, {@code itemprop~=author}, or a byline/author class or id token. */
    private static boolean isByline(Element e, List<String> tokens) {
        if (e.attr("rel").equals("author") || e.attr("itemprop").contains("author")) return true;
        for (String t : tokens) {
            if (Vocabulary.BYLINE_TOKENS.contains(t)) return true;
        }
        return hasCamelCaseBylineWord(e.id()) || hasCamelCaseBylineWord(e.className());
    }

    /** True when a camelCase name ("articleByline", "gnPriBylines") holds a byline word as one of its parts. */
    private static boolean hasCamelCaseBylineWord(String name) {
        if (name.isEmpty()) return false;
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower == name) return false; // already lower-case (no copy made): no camelCase; plain tokens were checked
        if (!Dom.containsAny(lower, Vocabulary.BYLINE_TOKENS)) return false;
        int n = name.length();
        int start = 0;
        boolean camel = false;
        for (int k = 1; k <= n; k++) {
            boolean boundary = k == n || Character.isUpperCase(name.charAt(k)) && Character.isLowerCase(name.charAt(k - 1));
            boolean sep = k < n && !Character.isLetterOrDigit(name.charAt(k));
            if (boundary && k < n) camel = true;
            if (boundary || sep) {
                if (camel && k > start && Vocabulary.BYLINE_TOKENS.contains(name.substring(start, k).toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
                start = sep ? k + 1 : k;
            }
        }
        return false;
    }

    /** True when the inline element has non-blank text beside it (it is part of running text). */
    private static boolean insideSentence(Element e) {
        for (Node sib : e.siblingNodes()) {
            if (sib instanceof TextNode t && !t.isBlank()) return true;
        }
        return false;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    /** The byline of a small pruned block (e.g. a "sig-line" holding "By Jane Doe"), or null. */
    private static String bylineInside(Element block, TextSizes sizes) {
        if (sizes.text(block) > Tuning.BYLINE_BLOCK_CHARS) return null;
        for (Element d : block.getAllElements()) {
            if (d == block || d.attributesSize() == 0) continue;
            if (isByline(d, Dom.tokens(d)) && sizes.text(d) < Tuning.MAX_BYLINE_CHARS) return bylineText(d);
        }
        return null;
    }

    /** The author's name inside a byline element: an {@code itemprop=name} or hCard/author-name child, else all its text. */
    private static String bylineText(Element e) {
        Element name = e.selectFirst(Vocabulary.BYLINE_NAME);
        String text = Dom.clean((name != null ? name : e).text());
        return text == null || text.isEmpty() ? null : text;
    }
}
