package dev.precis.extract;

import java.nio.CharBuffer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pairs and triples of characters below U+0080 a line that a pattern matches can begin with, worked out from the
 * pattern itself: for a start, the pattern either matches it or reads past it ({@link Matcher#hitEnd}) when it may match a
 * longer line; a start for which it does neither begins no line it matches. A pass that tries a pattern of many words on every short
 * block ({@link Vocabulary#BOILERPLATE_LEADING}) rules most blocks out here without running it; the table cannot drift
 * from the pattern, it is the pattern's own answer.
 * <p>
 * Each pair is worked out the first time a line begins with it, not all at class load: a whole table cost about 50 ms
 * at every start (a Lambda cold start, each {@code bin/precis} run), while the pairs real pages begin with are a few
 * hundred. Threads may work out the same pair at once; they write the same answer, and a byte is written whole.
 */
final class LineStarts {

    /** Characters from here on are not worked out: a line beginning with one is always tried. */
    private static final int TABLE_CHARS = 128;
    private static final byte UNKNOWN = 0;
    private static final byte MAY = 1;
    private static final byte NEVER = 2;

    private final Pattern pattern;
    private final byte[] pairs = new byte[TABLE_CHARS * TABLE_CHARS];
    /**
     * Per pair a line may begin with, the third characters it may go on with (null until a line begins with that pair
     * and a third character is asked): the pair "re" lets "Read more" and "Recent posts" through, its third character
     * rules out "Results", "Regular" and "Remember". Threads may each make a pair's row at once; the row one of them
     * drops is worked out again, and a row's bytes are zero (unknown) until written.
     */
    private final byte[][] triples = new byte[TABLE_CHARS * TABLE_CHARS][];

    private LineStarts(Pattern pattern) {
        this.pattern = pattern;
    }

    /** The table of {@code pattern}, which must be tried with {@link Matcher#matches} (or anchored at the start). */
    static LineStarts of(Pattern pattern) {
        return new LineStarts(pattern);
    }

    /**
     * False when the pattern matches no line that begins as {@code line} does, by its first three characters (by two for a
     * line of two, or one whose third is from U+0080; true for lines under two characters).
     */
    boolean mayStart(String line) {
        if (line.length() < 2) return true;
        char a = line.charAt(0);
        char b = line.charAt(1);
        if (a >= TABLE_CHARS || b >= TABLE_CHARS) return true;
        int i = a * TABLE_CHARS + b;
        byte known = pairs[i];
        if (known == UNKNOWN) {
            known = answer(new char[] {a, b});
            pairs[i] = known;
        }
        if (known == NEVER || line.length() < 3) return known == MAY;
        char c = line.charAt(2);
        if (c >= TABLE_CHARS) return true;
        byte[] row = triples[i];
        if (row == null) {
            row = new byte[TABLE_CHARS];
            triples[i] = row;
        }
        known = row[c];
        if (known == UNKNOWN) {
            known = answer(new char[] {a, b, c});
            row[c] = known;
        }
        return known == MAY;
    }

    /** {@link #MAY} when the pattern matches {@code start} or reads past its end (it may match a longer line), else {@link #NEVER}. */
    private byte answer(char[] start) {
        Matcher m = pattern.matcher(CharBuffer.wrap(start));
        return m.matches() || m.hitEnd() ? MAY : NEVER;
    }
}
