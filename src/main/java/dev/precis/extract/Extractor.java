package dev.precis.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.precis.model.Article;

/**
 * HTML → {@link Article}: the page's main text as paragraphs and as markdown, its page type and metadata.
 * <p>
 * The cascade, numbered as in the code:
 * <ol>
 *   <li><b>Structured data</b> ({@link MetadataReader}): JSON-LD (incl. {@code @graph}),
 *       OpenGraph/Dublin Core/Twitter meta tags, microdata, {@code <time>}, then the visible page;
 *       JSON-LD {@code articleBody} is kept as a body hint.</li>
 *   <li><b>Removal of non-content</b> ({@link Reveal}, {@link Cleaner}): what the page's own scripts
 *       show (streamed segments, fade-ins holding the main content, a cloak over the whole page) is revealed; everything else a reader
 *       never sees is deleted for good (scripts, styles, comments, {@code hidden}, {@code aria-hidden},
 *       {@code display:none}, zero-size boxes…); furniture and vocabulary-named blocks (share, related,
 *       comments…) are pruned.</li>
 *   <li><b>Page type</b> ({@link PageTypes}): article, forum, documentation, product, listing,
 *       collection or service, from the page's structure and structured data.</li>
 *   <li><b>Readings</b> ({@link BodyReader}): the scored article reading (paragraphs give points to
 *       their containers, the winner and its siblings are cleaned up) and the whole-page reading.</li>
 *   <li><b>Choice</b> ({@link Choice}): the page type's profile and a plausibility check pick one.</li>
 *   <li><b>Fallback</b>: a page with no readable body is read from what its scripts would render:
 *       its {@code <noscript>} version, its {@code __NEXT_DATA__} page data ({@link Hydration}), or
 *       JSON-LD {@code articleBody}. Diagnostics are set.</li>
 * </ol>
 * Thread-safe and cheap to create: it holds no state.
 * <pre>{@code
 * Article a = new Extractor().extract(html, "https://example.com/news/1");
 * String body = a.text();
 * }</pre>
 */
public final class Extractor {

    /**
     * Version of the extraction logic; bump whenever the output for some page changes (it keys the re-use
     * of stored results).
     */
    public static final String VERSION = "extract-19";

    /** Diagnostic: the body is shorter than {@link Tuning#TOO_SHORT_CHARS}. */
    public static final String TOO_SHORT = "too_short";
    /** Diagnostic: a subscription wall or teaser was detected. */
    public static final String POSSIBLE_PAYWALL = "possible_paywall";
    /** Diagnostic: the winner barely beat another part of the page, or no container won. */
    public static final String LOW_CONFIDENCE = "low_confidence";

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

    /** What reading one body gave: the chosen reading and the page type it was read as. */
    private record Body(BodyReader.Reading reading, PageType type) {
    }

    private Article extractOwned(Document doc) {
        // 1. structured data first (one walk indexes the page for stages 1 and 2a)
        PageIndex index = PageIndex.of(doc);
        // 2a. what the page's own scripts reveal: streamed segments move into place (then the page is indexed again)
        if (Reveal.streamedSegments(index.inlineScripts, index.segments, doc.body())) index = PageIndex.of(doc);
        if (Reveal.pageCloak(doc.body(), index.invisible)) index = PageIndex.of(doc);
        Metadata meta = MetadataReader.read(doc, index);
        String pageUrl = meta.canonicalUrl() != null ? meta.canonicalUrl() : doc.location();
        Body body = readBody(doc, index, meta, pageUrl);
        BodyReader.Reading best = body.reading();
        // 6. fallback: a page without readable text, read from what its scripts would render
        if (best.chars() < Tuning.MIN_ARTICLE_CHARS) {
            Body rendered = rendered(doc, index, meta, pageUrl, best.chars() < Tuning.TOO_SHORT_CHARS);
            if (rendered != null && rendered.reading().chars() > best.chars() * Tuning.ARTICLE_BODY_PREFERENCE) {
                body = rendered;
                best = rendered.reading();
            }
        }
        String byline = meta.byline() != null ? meta.byline() : best.byline();
        List<String> paragraphs = BlockWriter.texts(best.blocks());
        String excerpt = meta.excerpt() != null ? meta.excerpt() : firstParagraph(paragraphs);
        Set<String> diagnostics = diagnose(paragraphs, best.selection(), meta, best.paywallMarker(), doc);
        return new Article(meta.title(), byline, meta.published(), meta.publishedSource(), meta.lang(),
                meta.siteName(), meta.canonicalUrl(), excerpt, paragraphs, diagnostics, body.type().id(),
                Markdown.render(best.blocks()));
    }

    /** Stages 2–5 on an indexed page: removal, page type, readings, choice. */
    private static Body readBody(Document doc, PageIndex index, Metadata meta, String pageUrl) {
        // 2a. invisible and non-content nodes go for good, and fade-ins that are not the main content
        Cleaner.removeInvisible(index);
        Element body = doc.body();
        if (body == null) body = doc;
        TextSizes sizes = TextSizes.of(body, index.elementCount);
        if (Reveal.fadeIns(index.fadeIns, body, sizes)) {
            sizes = TextSizes.of(body, index.elementCount);
        } // the tree is final from here on
        // 3. page type, 4. + 5. readings and the choice between them
        PageTypes.Typed typed = PageTypes.typed(doc, index, meta, sizes, pageUrl);
        PageType type = typed.type();
        Names names = new Names(typed.replyTree(), PageTypes.shop(typed, meta),
                typed.profile() == PageType.LISTING || typed.profile() == PageType.COLLECTION); // class/id vocabulary, worked out once per distinct value on this page
        BodyReader reader = new BodyReader(body, sizes, names, meta.title(), meta.byline(), type == PageType.FORUM,
                typed.profile() == PageType.SERVICE);
        return new Body(Choice.choose(typed.profile(), reader, meta.productDescription(), meta.excerpt(), meta.answers()), type);
    }

    /**
     * The page as a reader sees it when its visible body is (nearly) empty: the {@code <noscript>} content
     * (what it shows without scripts) and the text of its {@code __NEXT_DATA__} page data (what its scripts
     * render) — only for an {@code empty} body, so they never stand in for text a reader does see — and
     * JSON-LD {@code articleBody}; the longest. Null when the page has none of them.
     */
    private static Body rendered(Document doc, PageIndex index, Metadata meta, String pageUrl, boolean empty) {
        List<Body> found = new ArrayList<>();
        if (empty) {
            Document noscript = Hydration.noscriptPage(index.noscripts, doc.location());
            if (noscript != null) found.add(readBody(noscript, PageIndex.of(noscript), meta, pageUrl));
            Document data = Hydration.pageDataPage(index.pageData, doc.location());
            if (data != null) found.add(readBody(data, PageIndex.of(data), meta, pageUrl));
        }
        String articleBody = meta.articleBody();
        if (articleBody != null) {
            Document ld = Hydration.textPage(articleBody, doc.location());
            found.add(readBody(ld, PageIndex.of(ld), meta, pageUrl));
        }
        Body best = null;
        for (Body b : found) {
            if (best == null || b.reading().chars() > best.reading().chars()) best = b;
        }
        return best;
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

    /** True when the page's text holds a subscription prompt ({@link Vocabulary#hasPaywallText}). */
    private static boolean hasPaywallText(List<String> paragraphs, Document doc) {
        Element body = doc.body();
        return body != null && Vocabulary.hasPaywallText(body.text());
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
