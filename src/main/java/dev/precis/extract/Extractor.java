package dev.precis.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.precis.model.Article;

/**
 * HTML → {@link Article}: the article body as paragraphs plus its metadata.
 * <p>
 * The cascade, numbered as in the code:
 * <ol>
 *   <li><b>Structured data</b> ({@link MetadataReader}): JSON-LD (incl. {@code @graph}),
 *       OpenGraph/Dublin Core/Twitter meta tags, microdata, {@code <time>}, then the visible page;
 *       JSON-LD {@code articleBody} is kept as a body hint.</li>
 *   <li><b>Removal of non-content</b> ({@link Cleaner}): invisible nodes are deleted for good
 *       (scripts, styles, comments, {@code hidden}, {@code aria-hidden}, {@code display:none}…);
 *       furniture and vocabulary-named blocks (share, related, ranking, comments…) are pruned.</li>
 *   <li><b>Scoring</b> ({@link ContentScorer}): paragraphs give points to their ancestors by
 *       length and commas; candidates are weighted by class/id and link density.</li>
 *   <li><b>Sibling merging</b> ({@link ContentScorer}): siblings of the winner that score well
 *       or read like prose join it.</li>
 *   <li><b>Clean-up</b> ({@link BlockWriter}): paragraphs in reading order without link lists,
 *       captions, pointers ("Read more"), separators, ratings, in-body bylines and dates.</li>
 *   <li><b>Fallback</b>: a too-short result is retried with pruning relaxed in a fixed order, the
 *       longest attempt is kept; a longer JSON-LD {@code articleBody} wins. Diagnostics are set.</li>
 * </ol>
 * Thread-safe and cheap to create: it holds no state.
 * <pre>{@code
 * Article a = new Extractor().extract(html, "https://example.com/news/1");
 * String body = a.text();
 * }</pre>
 */
public final class Extractor {

    /** Version of the extraction logic; bump whenever the output for some page changes. */
    public static final String VERSION = "extract-1";

    /** Diagnostic: the body is shorter than {@link Tuning#TOO_SHORT_CHARS}. */
    public static final String TOO_SHORT = "too_short";
    /** Diagnostic: a subscription wall or teaser was detected. */
    public static final String POSSIBLE_PAYWALL = "possible_paywall";
    /** Diagnostic: the winner barely beat another part of the page, or no container won. */
    public static final String LOW_CONFIDENCE = "low_confidence";

    /** Relaxation order of stage 6: each attempt switches off more pruning (Readability-style flags). */
    private enum Attempt {
        STRICT(true, true, true), NO_VOCABULARY(true, false, true), NO_PRUNING(false, false, false);

        final boolean furniture;
        final boolean vocabulary;
        final boolean conditional;

        Attempt(boolean furniture, boolean vocabulary, boolean conditional) {
            this.furniture = furniture;
            this.vocabulary = vocabulary;
            this.conditional = conditional;
        }
    }

    /** Creates an extractor; it keeps no state, one instance may serve all threads. */
    public Extractor() {
    }

    /**
     * Extracts the article of an HTML page.
     *
     * @param html    the page's HTML; null is read as empty
     * @param baseUri the page's URL for resolving relative links, or null
     * @return the article; its body is empty (with {@code too_short}) when nothing readable was found
     */
    public Article extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html == null ? "" : html, baseUri == null ? "" : baseUri);
        return extractOwned(doc);
    }

    /**
     * Extracts the article of an already parsed page. The document is not modified (a copy is cleaned).
     *
     * @param doc the parsed page
     * @return the article
     */
    public Article extract(Document doc) {
        return extractOwned(doc.clone());
    }

    private Article extractOwned(Document doc) {
        // 1. structured data first (one walk indexes the page for stages 1 and 2a)
        Names names = new Names(); // class/id vocabulary, worked out once per distinct value on this page
        PageIndex index = PageIndex.of(doc);
        Metadata meta = MetadataReader.read(doc, index);
        // 2a. invisible and non-content nodes go for good
        Cleaner.removeInvisible(index);
        Element body = doc.body();
        if (body == null) body = doc;
        TextSizes sizes = TextSizes.of(body, index.elementCount); // the tree is final from here on: measured once
        String byline = meta.byline();
        List<String> best = List.of();
        ContentScorer.Selection bestSelection = null;
        boolean paywallMarker = false;
        int vocabularyHits = -1;
        for (Attempt attempt : Attempt.values()) {
            if (attempt == Attempt.NO_VOCABULARY && vocabularyHits == 0) continue; // would repeat STRICT
            // 2b. furniture and vocabulary pruning
            Cleaner.Pruning pruning = Cleaner.prune(body, sizes, names, attempt.furniture, attempt.vocabulary);
            paywallMarker |= pruning.paywallMarker;
            if (attempt == Attempt.STRICT) vocabularyHits = pruning.vocabularyHits;
            if (byline == null) byline = pruning.byline;
            // 3. + 4. scoring and sibling merging
            ContentScorer.Selection selection = ContentScorer.select(body, ContentScorer.measure(body, pruning.pruned, sizes), names);
            // 5. clean-up of the winner
            List<String> paragraphs = BlockWriter.write(selection.elements(), pruning.pruned, selection.stats(),
                    names, attempt.conditional, meta.title(), byline);
            if (length(paragraphs) > length(best)) {
                best = paragraphs;
                bestSelection = selection;
            }
            // 6. fallback: relax only when too short
            if (length(best) >= Tuning.MIN_ARTICLE_CHARS) break;
        }
        String articleBody = length(best) < Tuning.MIN_ARTICLE_CHARS ? meta.articleBody() : null;
        if (articleBody != null && articleBody.length() > length(best) * Tuning.ARTICLE_BODY_PREFERENCE) {
            best = Article.ofPlainText(articleBody.replace("\n", "\n\n")).paragraphs();
        }
        String excerpt = meta.excerpt() != null ? meta.excerpt() : firstParagraph(best);
        Set<String> diagnostics = diagnose(best, bestSelection, meta, paywallMarker, doc);
        return new Article(meta.title(), byline, meta.published(), meta.publishedSource(), meta.lang(),
                meta.siteName(), meta.canonicalUrl(), excerpt, best, diagnostics);
    }

    private static Set<String> diagnose(List<String> paragraphs, ContentScorer.Selection selection, Metadata meta,
                                        boolean paywallMarker, Document doc) {
        Set<String> d = new LinkedHashSet<>();
        int len = length(paragraphs);
        if (len < Tuning.TOO_SHORT_CHARS) d.add(TOO_SHORT);
        if (meta.paywalled() || (len < Tuning.PAYWALL_MAX_CHARS && (paywallMarker || hasPaywallText(paragraphs, doc)))) {
            d.add(POSSIBLE_PAYWALL);
        }
        if (selection == null || selection.winner() == doc.body()
                || selection.score() < selection.runnerUp() * Tuning.LOW_CONFIDENCE_MARGIN) {
            d.add(LOW_CONFIDENCE);
        }
        return d;
    }

    /**
     * True when the page's text holds a subscription prompt ({@link Vocabulary#PAYWALL_TEXT}). The pattern
     * is tried only where one of its beginnings occurs ({@link Vocabulary#PAYWALL_TEXT_STARTS}, found in the
     * lower-cased text), not at every index: the same answer as {@code find()}.
     */
    private static boolean hasPaywallText(List<String> paragraphs, Document doc) {
        Element body = doc.body();
        if (body == null) return false;
        String text = body.text();
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = Vocabulary.PAYWALL_TEXT.matcher(text);
        if (lower.length() != text.length()) return m.find(); // rare: indexes of the two would not line up
        for (String start : Vocabulary.PAYWALL_TEXT_STARTS) {
            for (int at = lower.indexOf(start); at >= 0; at = lower.indexOf(start, at + 1)) {
                if (m.region(at, text.length()).lookingAt()) return true;
            }
        }
        return false;
    }

    /** Readability-style fallback excerpt: the body's first paragraph, whole. */
    private static String firstParagraph(List<String> paragraphs) {
        return paragraphs.isEmpty() ? null : paragraphs.get(0);
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) n += p.length();
        return n;
    }
}
