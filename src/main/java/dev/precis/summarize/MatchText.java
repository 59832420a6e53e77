package dev.precis.summarize;

import java.text.Normalizer;

/**
 * Text in the form quotes are matched in, with a map from each of its characters back to the
 * original string.
 *
 * <p>Normalization: Unicode NFKC; curly single and double quotes to {@code '} and {@code "}; the
 * dashes U+2010–U+2015 (and the minus sign) to {@code -}; {@code …} to {@code ...}; every run of
 * whitespace to one space; soft hyphens and zero-width characters removed. Case is kept.
 */
final class MatchText {

    /** Characters below this are ASCII, which NFKC leaves as they are. */
    private static final char ASCII_LIMIT = 0x80;
    /** No combining mark comes before U+0300 (Combining Diacritical Marks). */
    private static final char FIRST_COMBINING_MARK = 0x300;

    /** The normalized text. */
    final String text;
    /** {@code starts[i]}: offset in the original of the character that produced {@code text[i]}. */
    private final int[] starts;
    /** {@code ends[i]}: offset just past the original character(s) that produced {@code text[i]}. */
    private final int[] ends;

    private MatchText(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** Normalizes {@code original}, remembering where each character came from. */
    static MatchText of(String original) {
        int n = original.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        int i = 0;
        boolean lastWasSpace = false;
        while (i < n) {
            char first = original.charAt(i);
            if (first < ASCII_LIMIT && (i + 1 == n || original.charAt(i + 1) < FIRST_COMBINING_MARK)) {
                // ASCII not followed by a combining mark: NFKC and the mapping leave it as it is
                boolean space = Character.isWhitespace(first);
                if (space && lastWasSpace) {
                    ends[out.length() - 1] = i + 1;
                } else {
                    if (out.length() == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                        ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                    }
                    starts[out.length()] = i;
                    ends[out.length()] = i + 1;
                    out.append(space ? ' ' : first);
                }
                lastWasSpace = space;
                i++;
                continue;
            }
            int unitEnd = clusterEnd(original, i);
            String unit = unitEnd == i + 1 && first < ASCII_LIMIT ? String.valueOf(first)   // NFKC leaves ASCII alone
                    : Normalizer.normalize(original.substring(i, unitEnd), Normalizer.Form.NFKC);
            for (int k = 0; k < unit.length(); k++) {
                char c = unit.charAt(k);
                if (isIgnorable(c)) continue;
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    if (lastWasSpace) {
                        ends[out.length() - 1] = unitEnd;   // the run's one space now covers this too
                        continue;
                    }
                    lastWasSpace = true;
                    c = ' ';
                } else {
                    lastWasSpace = false;
                }
                String mapped = map(c);
                for (int m = 0; m < mapped.length(); m++) {
                    if (out.length() == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                        ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                    }
                    starts[out.length()] = i;
                    ends[out.length()] = unitEnd;
                    out.append(mapped.charAt(m));
                }
            }
            i = unitEnd;
        }
        return new MatchText(out.toString(), starts, ends);
    }

    /** Normalizes {@code s} without keeping the map. */
    static String normalize(String s) {
        return of(s).text;
    }

    /** The original span of normalized characters {@code [from, to)}; {@code to > from}. */
    Span originalSpan(int from, int to) {
        return new Span(starts[from], ends[to - 1]);
    }

    /** End of the character cluster at {@code i}: a code point and the combining marks after it. */
    private static int clusterEnd(String s, int i) {
        int j = i + Character.charCount(s.codePointAt(i));
        while (j < s.length()) {
            int cp = s.codePointAt(j);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                break;
            }
            j += Character.charCount(cp);
        }
        return j;
    }

    private static boolean isIgnorable(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
                || c == '\uFEFF';
    }

    private static String map(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> "'";
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> "\"";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
            case '\u2026' -> "...";
            default -> String.valueOf(c);
        };
    }
}
