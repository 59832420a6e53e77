package dev.precis.summarize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline opening a news story — {@code WASHINGTON (AP) — }, {@code MILLBROOK, Vt. — },
 * {@code (CNN) -- }, {@code Hong Kong (CNN Business) } — which a summary leaves out while the quote
 * keeps it (quotes stay verbatim).
 *
 * <pre>{@code
 * Dateline.strip("MILLBROOK, Vt. — The library will open.")  // "The library will open."
 * }</pre>
 */
final class Dateline {

    /** A place in capitals: {@code WASHINGTON}, {@code SANTA FE}, {@code ST. JOSEPH}, {@code NEW DELHI}. */
    private static final String PLACE_CAPS = "\\p{Lu}\\p{Lu}[\\p{Lu}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{Lu}.'\u2019-]*){0,3}";
    /** A place in title case: {@code Hong Kong}, {@code Indianapolis}. */
    private static final String PLACE_TITLE = "\\p{Lu}[\\p{Ll}.'\u2019-]+(?:\\s+\\p{Lu}[\\p{Ll}.'\u2019-]+){0,2}";
    /** The state, country or region after the place: {@code , Vt.}, {@code , N.M.}, {@code , United Arab Emirates}. */
    private static final String REGION = "(?:,\\s*\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,3})?";
    /** The agency or outlet: {@code (AP)}, {@code (Reuters)}, {@code (CNN Business)}. */
    private static final String AGENCY = "\\(\\p{Lu}[^()]{0,24}\\)";
    /** What separates a dateline from the story: a dash (em, en, double or single hyphen) or a colon. */
    private static final String DASH = "(?:\u2014|\u2013|--|-)";

    /** The forms, tried in order; each match ends where the story's first word begins. */
    private static final List<Pattern> FORMS = List.of(
            // WASHINGTON (AP) — / MILLBROOK, Vt. — / NEW DELHI: / LONDON, England (CNN) --
            Pattern.compile("^" + PLACE_CAPS + REGION + "\\s*(?:" + AGENCY + ")?\\s*(?:" + DASH + "|:)\\s+"),
            // (CNN) -- / (CNN) President… / Hong Kong (CNN Business) A muddled view…
            Pattern.compile("^(?:" + PLACE_TITLE + REGION + "\\s*)?" + AGENCY + "\\s*(?:" + DASH + "\\s+)?(?=[\\p{Lu}\"\u201C])"),
            // Indianapolis – Several thousand… / CLEVELAND, Ohio – The… (spaced long dash only)
            Pattern.compile("^" + PLACE_TITLE + REGION + "\\s+[\u2014\u2013]\\s+(?=\\p{Lu})"));

    private Dateline() {
    }

    /** Length of the dateline opening {@code sentence}, 0 when there is none. */
    static int length(String sentence) {
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(sentence);
            if (m.find() && m.end() < sentence.length()) return m.end();
        }
        return 0;
    }

    /** {@code sentence} without its dateline, its first letter upper-cased; unchanged when it has none. */
    static String strip(String sentence) {
        int end = length(sentence);
        if (end == 0) return sentence;
        String rest = sentence.substring(end);
        return rest.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + rest.substring(1);
    }
}
