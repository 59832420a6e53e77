package dev.precis.summarize;

/**
 * Direct quotation in a sentence, as a summary sees it: a sentence that opens a quotation it does not close
 * (or closes one it did not open) is a piece of a longer quote, cut by the splitter, and reads as a
 * fragment out of its context.
 */
final class Quotation {

    /** Opening and closing quotation marks: straight double quotes count as either. */
    private static final String OPENING = "\u201C\u00AB\u201E";
    private static final String CLOSING = "\u201D\u00BB";

    private Quotation() {
    }

    /** Whether every quotation {@code sentence} opens it also closes, and the other way round. */
    static boolean balanced(String sentence) {
        int depth = 0;
        int straight = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (OPENING.indexOf(c) >= 0) depth++;
            else if (CLOSING.indexOf(c) >= 0 && --depth < 0) return false;
            else if (c == '"') straight++;
        }
        return depth == 0 && straight % 2 == 0;
    }

}
