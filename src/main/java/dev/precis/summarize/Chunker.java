package dev.precis.summarize;

import java.util.ArrayList;
import java.util.List;

/**
 * Token estimates and the split of a long article into parts that fit the per-call budget.
 *
 * <p>Tokens are estimated as characters / 4 (rounded up): close to what BPE tokenizers of current
 * models count for English prose, and it needs no tokenizer. Other scripts count more tokens per
 * character, so the budget is a soft limit there.
 */
final class Chunker {

    /** Characters per token in the estimate. */
    static final int CHARS_PER_TOKEN = 4;

    private Chunker() {
    }

    /** Estimated tokens of {@code text}. */
    static int tokens(String text) {
        return (text.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
    }

    /**
     * Packs paragraphs, in order, into parts of at most {@code maxChars} characters (joined by blank
     * lines); a paragraph longer than that is cut at the last sentence end, else the last space, before
     * the limit. Every character of the paragraphs (except the blank lines between) is in one part.
     */
    static List<String> split(List<String> paragraphs, int maxChars) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String p : paragraphs) {
            for (String piece : cut(p, maxChars)) {
                if (current.length() > 0 && current.length() + 2 + piece.length() > maxChars) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                if (current.length() > 0) current.append("\n\n");
                current.append(piece);
            }
        }
        if (current.length() > 0) parts.add(current.toString());
        return parts;
    }

    private static List<String> cut(String paragraph, int maxChars) {
        List<String> pieces = new ArrayList<>();
        String rest = paragraph;
        while (rest.length() > maxChars) {
            int at = lastBreak(rest, maxChars);
            pieces.add(rest.substring(0, at).strip());
            rest = rest.substring(at).strip();
        }
        if (!rest.isEmpty()) pieces.add(rest);
        return pieces;
    }

    /** Where to cut {@code s} at or before {@code max}: after a sentence end, else at a space, else at max. */
    private static int lastBreak(String s, int max) {
        for (int i = max - 1; i > max / 2; i--) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 1 < s.length() && s.charAt(i + 1) == ' ') return i + 1;
        }
        int space = s.lastIndexOf(' ', max - 1);
        return space > max / 2 ? space : max;
    }
}
