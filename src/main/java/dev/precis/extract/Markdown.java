package dev.precis.extract;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;

/**
 * The body's {@link Block}s as markdown (CommonMark): headings, nested lists (ordered lists numbered),
 * block quotes, fenced code blocks, tables (the first row is the header), inline code and links with
 * absolute URLs. The text of each block is the same as in {@code Article.text()}; only markup is added,
 * so the two never disagree about what the article says.
 */
final class Markdown {

    /** Most list levels written as nesting; deeper items are written at this level. */
    private static final int MAX_LIST_DEPTH = 6;
    /** Characters of markup allowed per block when sizing the output (breaks, markers, a link or two). */
    private static final int MARKUP_ALLOWANCE = 16;
    /**
     * A link that opens with a scheme ({@code tel:}, {@code javascript:}, {@code whatsapp:}…), as {@link URL} reads one:
     * a letter, then letters, digits, "+", "." or "-", up to the first colon (group 1).
     */
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    private Markdown() {
    }

    /** The markdown of {@code blocks}; empty for none. */
    static String render(List<Block> blocks) {
        int chars = 0;
        for (Block b : blocks) chars += b.text().length() + MARKUP_ALLOWANCE;
        StringBuilder out = new StringBuilder(chars); // sized once: the text and a little markup, not grown by copying
        int[] numbers = new int[MAX_LIST_DEPTH + 1];
        Links links = new Links();
        Block previous = null;
        int tableColumns = 0;
        for (Block b : blocks) {
            boolean row = b.kind() == Block.Kind.ROW || b.kind() == Block.Kind.HEADER_ROW;
            boolean item = b.kind() == Block.Kind.ITEM;
            boolean continuesList = item && previous != null && previous.kind() == Block.Kind.ITEM;
            boolean continuesTable = row && previous != null
                    && (previous.kind() == Block.Kind.ROW || previous.kind() == Block.Kind.HEADER_ROW);
            if (!out.isEmpty()) out.append(continuesList || continuesTable ? "\n" : "\n\n");
            if (!item) java.util.Arrays.fill(numbers, 0);
            switch (b.kind()) {
                case HEADING -> out.append("#".repeat(Math.max(1, Math.min(6, b.level())))).append(' ').append(inline(b, links));
                case ITEM -> {
                    int depth = Math.max(1, Math.min(MAX_LIST_DEPTH, b.level()));
                    for (int d = depth + 1; d <= MAX_LIST_DEPTH; d++) numbers[d] = 0;
                    out.append("   ".repeat(depth - 1));
                    if (b.ordered()) out.append(++numbers[depth]).append(". ");
                    else out.append("- ");
                    out.append(inline(b, links));
                }
                case QUOTE -> out.append("> ".repeat(Math.max(1, b.level()))).append(inline(b, links));
                case CODE -> {
                    String fence = b.text().contains("```") ? "~~~" : "```";
                    out.append(fence).append('\n').append(b.text()).append('\n').append(fence);
                }
                case ROW, HEADER_ROW -> {
                    String cells = inline(b, links);
                    out.append("| ").append(cells).append(" |");
                    if (!continuesTable) {
                        tableColumns = 1 + count(b.text(), " | ");
                        out.append("\n|").append(" --- |".repeat(tableColumns));
                    }
                }
                default -> out.append(escapeStart(inline(b, links)));
            }
            previous = b;
        }
        return out.toString();
    }

    /** The block's text with its links ({@code [text](url)}) and inline code ({@code `code`}) marked up. */
    private static String inline(Block b, Links links) {
        String text = b.text();
        if (b.spans().isEmpty()) return text;
        StringBuilder out = new StringBuilder(text.length() + 32);
        int at = 0;
        for (Block.Span s : b.spans()) {
            if (s.start() < at) continue; // overlapping (a link in code or code in a link): the outer one was written
            out.append(text, at, s.start());
            String part = text.substring(s.start(), s.end());
            if (s.link() == null) {
                String ticks = part.contains("`") ? "``" : "`";
                out.append(ticks).append(part.contains("`") ? " " + part + " " : part).append(ticks);
            } else {
                String url = links.absoluteUrl(s.link());
                if (url == null) out.append(part);
                else out.append('[').append(part.replace("[", "\\[").replace("]", "\\]")).append("](").append(url).append(')');
            }
            at = s.end();
        }
        out.append(text, at, text.length());
        return out.toString();
    }

    /**
     * The links of one rendering, resolved against their base URL, which is read once per base (each link's base is its
     * document's): jsoup's {@link Element#absUrl} parses the base anew for every link.
     */
    static final class Links {
        /** The base URI last read, and its URL; null when it has none that {@link URL} reads as jsoup does. */
        private String baseUri;
        private URL base;

        /**
         * The link's absolute http(s) or mailto URL, or null when it has none (no base URI for a relative
         * link, a script or fragment link).
         */
        String absoluteUrl(Element a) {
            String raw = a.attr("href");
            String href = raw.strip();
            if (href.isEmpty() || href.startsWith("#")) return null;
            String lower = href.toLowerCase(Locale.ROOT);
            String abs = href;
            // resolving is costly (and throws inside jsoup without a base URI): only relative links need it
            if (!lower.startsWith("http://") && !lower.startsWith("https://") && !lower.startsWith("mailto:")) {
                if (a.baseUri().isEmpty()) return null;
                if (hasOtherScheme(raw)) return null; // resolved, it keeps its scheme, not http(s) or mailto
                abs = resolve(a, raw);
                lower = abs.toLowerCase(Locale.ROOT);
            }
            if (!lower.startsWith("http://") && !lower.startsWith("https://") && !lower.startsWith("mailto:")) return null;
            if (abs.indexOf(' ') >= 0 || abs.indexOf(')') >= 0 || abs.indexOf('(') >= 0) {
                return "<" + abs.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E") + ">";
            }
            return abs;
        }

        /**
         * {@code a.absUrl("href")} for the attribute's value {@code raw}: jsoup's resolution against the base URL, with the
         * base parsed once per distinct base URI. A base with control characters (which jsoup strips first), one that
         * does not parse, and a link that does not resolve take jsoup's own way, which ends as it does.
         */
        private String resolve(Element a, String raw) {
            String uri = a.baseUri();
            if (!uri.equals(baseUri)) {
                baseUri = uri;
                base = null;
                if (!hasControlChar(uri)) {
                    try {
                        base = new URL(uri);
                    } catch (MalformedURLException e) {
                        base = null; // jsoup's fallback: the link alone
                    }
                }
            }
            if (base == null) return a.absUrl("href");
            try {
                return StringUtil.resolve(base, raw).toExternalForm();
            } catch (MalformedURLException e) {
                return a.absUrl("href");
            }
        }
    }

    /**
     * True when the link opens with a scheme other than http(s) and mailto ({@link #SCHEME}): {@link URL} resolves it
     * to a URL of that scheme (or fails, and jsoup gives it back as written), never to an http(s) or mailto one, so it
     * is not resolved. "url:" is no scheme to {@link URL} (it reads what follows).
     */
    static boolean hasOtherScheme(String href) {
        java.util.regex.Matcher m = SCHEME.matcher(href);
        if (!m.lookingAt()) return false;
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        return !scheme.equals("http") && !scheme.equals("https") && !scheme.equals("mailto") && !scheme.equals("url");
    }

    /** True when {@code s} holds a control character (U+0000 to U+001F), which jsoup strips from a URL before reading it. */
    private static boolean hasControlChar(String s) {
        for (int k = 0, n = s.length(); k < n; k++) if (s.charAt(k) < 0x20) return true;
        return false;
    }

    /** A paragraph that would read as markup at its start ("# …", "- …", "1. …", "> …") gets a backslash. */
    private static String escapeStart(String s) {
        if (s.isEmpty()) return s;
        char c = s.charAt(0);
        if (c == '#' || c == '>' || (c == '-' || c == '+' || c == '*') && s.length() > 1 && s.charAt(1) == ' ') {
            return "\\" + s;
        }
        int k = 0;
        while (k < s.length() && k < 9 && Character.isDigit(s.charAt(k))) k++;
        if (k > 0 && k + 1 < s.length() && (s.charAt(k) == '.' || s.charAt(k) == ')') && s.charAt(k + 1) == ' ') {
            return s.substring(0, k) + "\\" + s.substring(k);
        }
        return s;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) n++;
        return n;
    }
}
