package dev.precis.extract;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Stage 1: metadata from structured data, most trusted first — JSON-LD (incl. {@code @graph}),
 * then OpenGraph / Dublin Core / Twitter / Parse.ly meta tags, then microdata and {@code <time>},
 * then the visible page (title element, a "Date: …" line). Runs on the untouched document.
 */
final class MetadataReader {

    /** Attributes naming a meta tag, most authoritative first. */
    private static final String[] META_KEY_ATTRIBUTES = {"property", "name", "itemprop", "http-equiv"};

    private MetadataReader() {
    }

    /** Reads the metadata of {@code doc}, whose elements {@code ix} indexes; never null, fields may be. */
    static Metadata read(Document doc, PageIndex ix) {
        List<Map<String, Object>> objects = JsonLd.objects(ix.jsonLd);
        Map<String, Object> ld = JsonLd.findArticle(objects);
        Map<String, String> meta = metaTags(ix.metas);

        String siteName = first(JsonLd.publisherName(ld), meta.get("og:site_name"));
        String title = first(JsonLd.headline(ld, ix.title == null ? "" : ix.title.text()), meta.get("dc:title"),
                meta.get("dcterm:title"), meta.get("og:title"), meta.get("title"), meta.get("twitter:title"),
                meta.get("parsely-title"));
        if (title == null) title = Titles.fromDocument(ix.title, ix.firstH1, siteName);

        String metaAuthor = first(meta.get("dc:creator"), meta.get("dcterm:creator"), meta.get("author"),
                meta.get("parsely-author"), notUrl(propertyAuthor(ix.metas)));
        String byline = first(JsonLd.authors(ld), metaAuthor, microdataAuthor(ix.microdataAuthor));

        String published = null;
        String source = null;
        String ldDate = JsonLd.string(ld, "datePublished");
        if (ldDate != null) {
            published = ldDate;
            source = "json-ld";
        } else {
            String metaDate = first(meta.get("article:published_time"), meta.get("parsely-pub-date"),
                    meta.get("og:published_time"), meta.get("datepublished"), meta.get("dc:date"),
                    meta.get("dcterm:created"), meta.get("dc:date.issued"), meta.get("pubdate"),
                    meta.get("publish-date"), meta.get("publishdate"), meta.get("sailthru.date"),
                    meta.get("date"), meta.get("article:modified_time"));
            if (metaDate != null) {
                published = metaDate;
                source = "meta";
            } else {
                String time = timeElement(ix);
                if (time != null) {
                    published = time;
                    source = "time";
                } else {
                    published = textDate(doc);
                    source = published == null ? null : "text";
                }
            }
        }
        published = normalizeDate(published);
        if (published == null) source = null;

        Element html = doc.firstElementChild();
        String lang = first(html == null ? null : html.attr("lang"),
                meta.get("content-language"), JsonLd.string(ld, "inLanguage"));
        String excerpt = first(JsonLd.string(ld, "description"), meta.get("dc:description"),
                meta.get("dcterm:description"), meta.get("og:description"), meta.get("description"),
                meta.get("twitter:description"));
        String canonicalUrl = first(ix.canonical == null ? null : canonicalHref(ix.canonical), meta.get("og:url"),
                JsonLd.string(ld, "url"));
        boolean paywalled = JsonLd.notFree(ld);
        java.util.Set<String> types = JsonLd.types(objects);
        types.addAll(ix.itemTypes);
        String ogType = meta.get("og:type");
        if (ogType != null) types.add("og:" + ogType.strip().toLowerCase(Locale.ROOT));
        return new Metadata(title, byline, published, source, lang, siteName, canonicalUrl, excerpt,
                () -> JsonLd.string(ld, "articleBody"), paywalled, types,
                JsonLd.productDescription(objects), JsonLd.answers(objects));
    }

    /**
     * All meta tags keyed by lower-cased {@code property}, {@code name}, {@code itemprop} or
     * {@code http-equiv} (Dublin Core dots become colons: {@code dc.creator} → {@code dc:creator}).
     * A {@code property} beats a {@code name} with the same key; within one attribute the last tag
     * wins (as in Readability). A space-separated list registers the value under each name. Tags
     * with a blank value are left out; values are kept as written (whitespace is normalized when
     * one is read, by {@link #first}).
     */
    static Map<String, String> metaTags(List<Element> metas) {
        List<Map<String, String>> byAttr = new ArrayList<>();
        for (int k = 0; k < META_KEY_ATTRIBUTES.length; k++) byAttr.add(new HashMap<>());
        for (Element m : metas) {
            String content = null;
            for (int a = 0; a < META_KEY_ATTRIBUTES.length; a++) {
                String keys = m.attr(META_KEY_ATTRIBUTES[a]);
                if (keys.isEmpty()) continue;
                if (content == null) {
                    content = m.hasAttr("content") ? m.attr("content") : m.attr("value");
                    if (Dom.isBlank(content)) break;
                }
                String lower = keys.toLowerCase(Locale.ROOT).strip();
                boolean single = true; // one plain ASCII name (the usual case) needs no regex split
                for (int c = 0; c < lower.length() && single; c++) {
                    char ch = lower.charAt(c);
                    single = ch < 128 && !Character.isWhitespace(ch);
                }
                for (String k : single ? new String[] {lower} : Vocabulary.WHITESPACE.split(lower)) {
                    if (k.startsWith("dcterms.")) k = "dcterm:" + k.substring(8);
                    else if (k.startsWith("dcterm.")) k = "dcterm:" + k.substring(7);
                    else if (k.startsWith("dc.")) k = "dc:" + k.substring(3);
                    byAttr.get(a).put(k, content);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (Map<String, String> m : byAttr) {
            for (Map.Entry<String, String> e : m.entrySet()) out.putIfAbsent(e.getKey(), e.getValue());
        }
        return out;
    }

    /**
     * The canonical link's URL resolved against the page's base URI, else its raw {@code href}. With no
     * base URI, jsoup's {@code absUrl} first fails to parse the empty base (an exception each page) and then
     * parses the {@code href} alone: a plain absolute http(s) URL is parsed here directly, with the same
     * result; anything else still goes through {@code absUrl}.
     */
    private static String canonicalHref(Element link) {
        String href = link.attr("href");
        if (link.baseUri().isEmpty() && isPlainHttpUrl(href)) {
            try {
                URL url = new URL(href);
                if (!url.getHost().isEmpty()) return url.toExternalForm();
            } catch (MalformedURLException e) {
                // not parseable alone: absUrl below decides, as before
            }
        }
        String abs = link.absUrl("href"); // URL resolution is costly: once
        return abs.isEmpty() ? href : abs;
    }

    /** An {@code http://} or {@code https://} URL without spaces or control characters (nothing for jsoup to strip). */
    private static boolean isPlainHttpUrl(String href) {
        if (!href.startsWith("http://") && !href.startsWith("https://")) return false;
        for (int k = 0, n = href.length(); k < n; k++) {
            if (href.charAt(k) <= ' ') return false;
        }
        return true;
    }

    /** The first {@code <time datetime>} that looks like a publication time (pubdate/itemprop first). */
    private static String timeElement(PageIndex ix) {
        Element pub = ix.publishedTime;
        if (pub != null) return Dom.clean(pub.hasAttr("datetime") ? pub.attr("datetime") : pub.attr("content"));
        return ix.anyTime == null ? null : Dom.clean(ix.anyTime.attr("datetime"));
    }

    /** A "Date: 2025-04-27 13:54:31" style line near the top of the visible text, as ISO-8601. */
    private static String textDate(Document doc) {
        Element body = doc.body();
        if (body == null) return null;
        StringBuilder head = new StringBuilder(Tuning.TEXT_DATE_SCAN_CHARS + 1); // sized for the scan at once, not grown step by step
        leadingText(body, head);
        Matcher m = Vocabulary.TEXT_DATE.matcher(head).useTransparentBounds(true);
        Matcher label = Vocabulary.DATE_LABEL.matcher(head);
        // as m.find() would, but trying the pattern only where a year can start
        for (int at = nextYearStart(head, 0); at >= 0; at = nextYearStart(head, at)) {
            if (!m.region(at, head.length()).lookingAt()) {
                at++;
                continue;
            }
            at = m.end();
            int from = Math.max(0, m.start() - Tuning.DATE_LABEL_REACH);
            label.region(from, m.start());
            if (!label.find()) continue;
            String date = String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) return date;
            return date + String.format(Locale.ROOT, "T%02d:%s:%s", Integer.parseInt(m.group(4)), m.group(5),
                    m.group(6) == null ? "00" : m.group(6));
        }
        return null;
    }

    /**
     * Appends the text nodes below {@code e} in document order, each followed by a space, leaving out what is under
     * {@link Vocabulary#NON_CONTENT_TAGS}, until {@code out} holds more than {@link Tuning#TEXT_DATE_SCAN_CHARS} (a plain
     * recursion over child indexes: cheaper than a NodeTraversor walk).
     *
     * @return true when {@code out} is full
     */
    private static boolean leadingText(Element e, StringBuilder out) {
        for (int k = 0, n = e.childNodeSize(); k < n; k++) {
            Node c = e.childNode(k);
            if (c instanceof TextNode t) {
                out.append(t.getWholeText()).append(' ');
                if (out.length() > Tuning.TEXT_DATE_SCAN_CHARS) return true;
            } else if (c instanceof Element child && !Vocabulary.NON_CONTENT_TAGS.contains(child.normalName())
                    && leadingText(child, out)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first index from {@code from} where a {@link Vocabulary#TEXT_DATE} match can start: a digit not
     * preceded by a digit; -1 when there is none. Trying the pattern only there finds the same dates as
     * {@code find()}, which tries it at every index of the text.
     */
    private static int nextYearStart(CharSequence s, int from) {
        for (int k = from, n = s.length(); k < n; k++) {
            if (isDigit(s.charAt(k)) && (k == 0 || !isDigit(s.charAt(k - 1)))) return k;
        }
        return -1;
    }

    /** An ASCII digit, as {@code \d} matches without {@code UNICODE_CHARACTER_CLASS}. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** ISO-8601 as given (offset kept); "YYYY-MM-DD HH:MM" gets its 'T'; non-dates become null. */
    static String normalizeDate(String value) {
        String v = Dom.clean(value);
        if (v == null) return null;
        Matcher m = Vocabulary.SPACE_DATE_TIME.matcher(v);
        if (m.matches()) {
            String rest = m.group(3).strip();
            return m.group(1) + "T" + m.group(2) + rest;
        }
        return v;
    }

    /** Microdata: the name of the first {@code itemprop=author} (its {@code itemprop=name} child when present). */
    private static String microdataAuthor(Element author) {
        if (author == null) return null;
        Element name = author.selectFirst(Vocabulary.ITEMPROP_NAME);
        String text = Dom.clean((name != null ? name : author).text());
        return text != null && text.length() < Tuning.MAX_BYLINE_CHARS ? text : null;
    }

    /** {@code <meta property="article:author">} (a name or a profile URL). */
    private static String propertyAuthor(List<Element> metas) {
        for (Element m : metas) {
            if (m.attr("property").equalsIgnoreCase("article:author")) return m.attr("content");
        }
        return null;
    }

    private static String notUrl(String v) {
        return v == null || Vocabulary.URL_VALUE.matcher(v).matches() ? null : v;
    }

    /** The first non-blank value, whitespace-normalized. */
    static String first(String... values) {
        for (String v : values) {
            String c = Dom.clean(v);
            if (c != null) return c;
        }
        return null;
    }
}
