package dev.precis.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pairs of characters below U+0080 a line that a pattern matches can begin with, worked out from the pattern itself
 * when it is compiled: for each pair, the pattern either matches it or reads past it ({@link Matcher#hitEnd}) when it
 * may match a longer line; a pair for which it does neither begins no line it matches. A pass that tries a pattern of
 * many words on every short block ({@link Vocabulary#BOILERPLATE_LEADING}) rules most blocks out here without running
 * it; the table cannot drift from the pattern, it is the pattern's own answer.
 */
final class LineStarts {

    /** Characters from here on are not worked out: a line beginning with one is always tried. */
    private static final int TABLE_CHARS = 128;

    private final boolean[] pairs = new boolean[TABLE_CHARS * TABLE_CHARS];

    private LineStarts(Pattern pattern) {
        Matcher m = pattern.matcher("");
        char[] two = new char[2];
        for (char a = 0; a < TABLE_CHARS; a++) {
            m.reset(String.valueOf(a));
            if (!m.matches() && !m.hitEnd()) continue; // no line begins with a: its row stays false
            two[0] = a;
            for (char b = 0; b < TABLE_CHARS; b++) {
                two[1] = b;
                m.reset(java.nio.CharBuffer.wrap(two));
                pairs[a * TABLE_CHARS + b] = m.matches() || m.hitEnd();
            }
        }
    }

    /** The table of {@code pattern}, which must be tried with {@link Matcher#matches} (or anchored at the start). */
    static LineStarts of(Pattern pattern) {
        return new LineStarts(pattern);
    }

    /** False when the pattern matches no line that begins as {@code line} does (true for lines under two characters). */
    boolean mayStart(String line) {
        if (line.length() < 2) return true;
        char a = line.charAt(0);
        char b = line.charAt(1);
        return a >= TABLE_CHARS || b >= TABLE_CHARS || pairs[a * TABLE_CHARS + b];
    }
}
