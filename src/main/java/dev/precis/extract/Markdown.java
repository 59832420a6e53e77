package dev.precis.extract;

import java.util.List;
import java.util.Locale;

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

    private Markdown() {
    }

    /** The markdown of {@code blocks}; empty for none. */
    static String render(List<Block> blocks) {
        int chars = 0;
        for (Block b : blocks) chars += b.text().length() + MARKUP_ALLOWANCE;
        StringBuilder out = new StringBuilder(chars); // sized once: the text and a little markup, not grown by copying
        int[] numbers = new int[MAX_LIST_DEPTH + 1];
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
                case HEADING -> out.append("#".repeat(Math.max(1, Math.min(6, b.level())))).append(' ').append(inline(b));
                case ITEM -> {
                    int depth = Math.max(1, Math.min(MAX_LIST_DEPTH, b.level()));
                    for (int d = depth + 1; d <= MAX_LIST_DEPTH; d++) numbers[d] = 0;
                    out.append("   ".repeat(depth - 1));
                    if (b.ordered()) out.append(++numbers[depth]).append(". ");
                    else out.append("- ");
                    out.append(inline(b));
                }
                case QUOTE -> out.append("> ".repeat(Math.max(1, b.level()))).append(inline(b));
                case CODE -> {
                    String fence = b.text().contains("```") ? "~~~" : "```";
                    out.append(fence).append('\n').append(b.text()).append('\n').append(fence);
                }
                case ROW, HEADER_ROW -> {
                    String cells = inline(b);
                    out.append("| ").append(cells).append(" |");
                    if (!continuesTable) {
                        tableColumns = 1 + count(b.text(), " | ");
                        out.append("\n|").append(" --- |".repeat(tableColumns));
                    }
                }
                default -> out.append(escapeStart(inline(b)));
            }
            previous = b;
        }
        return out.toString();
    }

    /** The block's text with its links ({@code [text](url)}) and inline code ({@code `code`}) marked up. */
    private static String inline(Block b) {
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
                String url = absoluteUrl(s.link());
                if (url == null) out.append(part);
                else out.append('[').append(part.replace("[", "\\[").replace("]", "\\]")).append("](").append(url).append(')');
            }
            at = s.end();
        }
        out.append(text, at, text.length());
        return out.toString();
    }

    /**
     * The link's absolute http(s) or mailto URL, or null when it has none (no base URI for a relative
     * link, a script or fragment link).
     */
    static String absoluteUrl(Element a) {
        String href = a.attr("href").strip();
        if (href.isEmpty() || href.startsWith("#")) return null;
        String lower = href.toLowerCase(Locale.ROOT);
        String abs = href;
        // resolving is costly (and throws inside jsoup without a base URI): only relative links need it
        if (!lower.startsWith("http://") && !lower.startsWith("https://") && !lower.startsWith("mailto:")) {
            if (a.baseUri().isEmpty()) return null;
            abs = a.absUrl("href");
            lower = abs.toLowerCase(Locale.ROOT);
        }
        if (!lower.startsWith("http://") && !lower.startsWith("https://") && !lower.startsWith("mailto:")) return null;
        if (abs.indexOf(' ') >= 0 || abs.indexOf(')') >= 0 || abs.indexOf('(') >= 0) {
            return "<" + abs.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E") + ">";
        }
        return abs;
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
