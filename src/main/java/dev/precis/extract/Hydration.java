package dev.precis.extract;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Stage 6: the sources of a page's text besides its visible body, each turned into a small page of its own
 * that the normal stages read (so hidden-text removal, pruning and clean-up apply to it as to any page).
 * They are read only when the visible body has no readable text — a page that shows nothing until its
 * scripts run — so they never add to a body a reader sees:
 * <ul>
 *   <li>the {@code <noscript>} content of the body: what the page shows a reader without scripts
 *       (forum software serves its posts this way);</li>
 *   <li>the {@code __NEXT_DATA__} page data of a Next.js page, from which its scripts render the page:
 *       its longest text value that reads as prose, markdown or HTML;</li>
 *   <li>JSON-LD {@code articleBody}.</li>
 * </ul>
 */
final class Hydration {

    private Hydration() {
    }

    /**
     * A page made of the body's {@code <noscript>} contents (taken out of the page with the invisible
     * nodes, so moving them changes nothing else), or null when they hold no text.
     */
    static Document noscriptPage(List<Element> noscripts, String location) {
        Document page = null;
        for (Element ns : noscripts) {
            if (Dom.isBlank(ns.text())) continue;
            if (page == null) page = Document.createShell(location);
            page.body().appendChild(ns);
            ns.tagName("div"); // read as an ordinary block in its own page
        }
        return page;
    }

    /**
     * A page made of the longest text value in the {@code __NEXT_DATA__} page data that reads as prose
     * ({@link Tuning#PAGE_DATA_MIN_CHARS} and more, with sentences): HTML as it is, markdown or plain text
     * converted; null when there is none.
     */
    static Document pageDataPage(Element script, String location) {
        if (script == null) return null;
        Object data = JsonText.parse(script.data());
        String best = longestProse(data, null);
        if (best == null) return null;
        if (looksLikeHtml(best)) return Parser.parseBodyFragment(best, location);
        return textPage(best, location);
    }

    /** The longest string below {@code node} that reads as prose, or {@code best} when none is longer. */
    private static String longestProse(Object node, String best) {
        if (node instanceof String s) {
            if (s.length() >= Tuning.PAGE_DATA_MIN_CHARS && (best == null || s.length() > best.length()) && readsAsProse(s)) {
                return s;
            }
        } else if (node instanceof Map<?, ?> m) {
            for (Object v : m.values()) best = longestProse(v, best);
        } else if (node instanceof List<?> l) {
            for (Object v : l) best = longestProse(v, best);
        }
        return best;
    }

    /** Text with words and sentences: enough spaces and sentence ends (not an id list, a URL or base64). */
    private static boolean readsAsProse(String s) {
        int spaces = 0;
        int ends = 0;
        for (int k = 0, n = s.length(); k < n; k++) {
            char c = s.charAt(k);
            if (c == ' ') spaces++;
            else if ((c == '.' || c == '!' || c == '?') && k + 1 < n && Character.isWhitespace(s.charAt(k + 1))) ends++;
        }
        return spaces >= s.length() / Tuning.PAGE_DATA_CHARS_PER_SPACE && ends >= Tuning.PAGE_DATA_MIN_SENTENCES;
    }

    private static boolean looksLikeHtml(String s) {
        return s.contains("</p>") || s.contains("<p>") || s.contains("<br") || s.contains("</h2>") || s.contains("</li>");
    }

    /**
     * A page of plain text or markdown: blank-line separated paragraphs (single line breaks too, as
     * JSON-LD {@code articleBody} writes them), with markdown headings, list items, quotes and fenced code
     * as their HTML elements, and inline markup (links, emphasis, images) reduced to its text.
     */
    static Document textPage(String text, String location) {
        Document page = Document.createShell(location);
        Element body = page.body();
        Element list = null;
        Element code = null;
        for (String raw : text.replace("\r\n", "\n").split("\n")) {
            String line = raw.strip();
            if (code != null) {
                if (line.startsWith("```") || line.startsWith("~~~")) code = null;
                else code.appendText(raw + "\n");
                continue;
            }
            if (line.startsWith("```") || line.startsWith("~~~")) {
                code = body.appendElement("pre");
                list = null;
                continue;
            }
            if (line.isEmpty()) {
                list = null;
                continue;
            }
            java.util.regex.Matcher item = Vocabulary.MARKDOWN_ITEM.matcher(line);
            if (item.matches()) {
                boolean ordered = Character.isDigit(line.charAt(0));
                if (list == null || !list.normalName().equals(ordered ? "ol" : "ul")) list = body.appendElement(ordered ? "ol" : "ul");
                list.appendElement("li").appendText(inlineText(item.group(1)));
                continue;
            }
            list = null;
            java.util.regex.Matcher heading = Vocabulary.MARKDOWN_HEADING.matcher(line);
            if (heading.matches()) {
                body.appendElement("h" + Math.min(6, heading.group(1).length())).appendText(inlineText(heading.group(2)));
            } else if (line.startsWith(">")) {
                body.appendElement("blockquote").appendElement("p").appendText(inlineText(line.replaceFirst("^>+\\s*", "")));
            } else {
                body.appendElement("p").appendText(inlineText(line));
            }
        }
        return page;
    }

    /** Markdown inline markup reduced to its text: images dropped, links to their text, emphasis and code marks removed. */
    private static String inlineText(String s) {
        String t = Vocabulary.MARKDOWN_IMAGE.matcher(s).replaceAll("");
        t = Vocabulary.MARKDOWN_LINK.matcher(t).replaceAll("$1");
        t = Vocabulary.MARKDOWN_EMPHASIS.matcher(t).replaceAll("$2");
        return t.replace("`", "");
    }

    /** True for a {@code <script>} holding Next.js page data. */
    static boolean isPageData(Element script) {
        return script.id().equals("__NEXT_DATA__");
    }
}
