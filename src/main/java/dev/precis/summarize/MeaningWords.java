package dev.precis.summarize;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words whose change changes what a sentence says, by kind. Alignment ({@link QuoteAligner}) never
 * lets a quote differ from the article in one of them: a quote that says "will" where the article
 * says "may", "last week" for "last month" or drops a "not" is a different claim, however close.
 *
 * <p>Words are compared by {@link Words#key key} (lower case, accents off, number words as digits).
 * Names are not listed here: they are found in each article ({@link BodyIndex}).
 */
final class MeaningWords {

    /** A negation: adding or dropping one inverts a claim. ({@code n't} is split off as "not".) */
    static final int NEGATION = 1;
    /** A modal, hedge or condition: "may" and "will", "likely", "if" set how sure a claim is. */
    static final int HEDGE = 1 << 1;
    /** A quantity: any word with a digit, a number word, an ordinal, a quantifier, a currency sign. */
    static final int QUANTITY = 1 << 2;
    /** A time: weekdays, months, seasons, "last"/"next", units of time, "before"/"after". */
    static final int TIME = 1 << 3;
    /** A direction or outcome: "rose"/"fell", "higher"/"lower", "won"/"lost", "approved"/"rejected". */
    static final int POLARITY = 1 << 4;
    /** A proper name (set from the article's capitalization, see {@link BodyIndex}). */
    static final int NAME = 1 << 5;

    /** Kinds an omitted word may not belong to (outside a wholly omitted clause): see {@link QuoteAligner}. */
    static final int NOT_OMITTED = NEGATION | HEDGE | QUANTITY | POLARITY | NAME;
    /** Kinds an ellipsis may not swallow (outside a wholly omitted clause): "is ... permitted" for "is not permitted". */
    static final int NOT_ELIDED = NEGATION | HEDGE;
    /** Every kind: none of them may be substituted or inserted. */
    static final int ANY = NEGATION | HEDGE | QUANTITY | TIME | POLARITY | NAME;

    private static final Set<String> NEGATIONS = Set.of(
            "not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor", "without",
            "unable", "lack", "lacks", "lacked", "failed", "fails");

    private static final Set<String> HEDGES = Set.of(
            "may", "might", "must", "can", "could", "will", "would", "shall", "should", "ought",
            "likely", "unlikely", "possibly", "possible", "probably", "probable", "perhaps", "maybe",
            "reportedly", "allegedly", "apparently", "seemingly", "presumably", "seem", "seems", "seemed",
            "appear", "appears", "appeared", "if", "unless", "whether", "expected", "expects", "expect",
            "plans", "planned", "intends", "intended");

    private static final Set<String> QUANTITIES = Set.of(
            "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
            "trillion", "dozen", "dozens", "half", "quarter", "percent", "per", "cent",
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "once", "twice", "single", "double", "triple", "all", "every", "each", "both", "some",
            "most", "many", "much", "few", "fewer", "several", "more", "less", "least", "only", "nearly",
            "almost", "over", "under", "majority", "minority");

    private static final Set<String> TIMES = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "spring", "summer", "autumn", "winter", "today", "tonight", "yesterday",
            "tomorrow", "now", "last", "next", "previous", "ago", "earlier", "later", "recently", "soon",
            "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade",
            "decades", "century", "hour", "hours", "minute", "minutes", "morning", "afternoon", "evening",
            "night", "before", "after", "since", "until", "this");

    /** Directions and outcomes whose forms are irregular or not verbs. */
    private static final Set<String> POLARITY_WORDS = Set.of(
            "up", "down", "high", "low", "higher", "lower", "highest", "lowest", "larger", "smaller",
            "bigger", "greater", "older", "younger", "longer", "shorter", "better", "worse", "best", "worst",
            "above", "below", "ahead", "behind", "rose", "risen", "fell", "fallen", "grew", "grown", "shrank",
            "shrunk", "won", "lost", "beaten", "dead", "alive", "guilty", "innocent", "true", "false", "success",
            "failure", "defeat", "victory", "progress", "setback");

    /** Verbs of direction or outcome; every regular form counts ({@code -s}, {@code -ed}, {@code -ing}). */
    private static final List<String> POLARITY_VERBS = List.of(
            "increase", "decrease", "gain", "drop", "raise", "cut", "rise", "fall", "grow", "shrink", "win",
            "lose", "approve", "reject", "accept", "refuse", "deny", "confirm", "allow", "ban", "agree",
            "disagree", "support", "oppose", "acquit", "convict", "kill", "injure", "wound", "die", "survive",
            "arrest", "resign", "elect", "defeat", "advance", "stall", "halt", "stop", "continue", "resume",
            "suspend", "slow", "accelerate", "improve", "worsen", "expand", "succeed", "fail", "collapse",
            "recover", "block", "pass", "veto", "welcome", "condemn", "praise", "criticize", "criticise", "beat",
            "miss", "exceed", "surpass", "trail", "lag", "outperform", "underperform");

    private static final Set<String> POLARITIES = polarities();

    /**
     * Capitalized words that are not names: function words that open titles ("The New York Times")
     * and sentences.
     */
    private static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with",
            "as", "is", "are", "was", "were", "be", "been", "he", "she", "it", "they", "we", "i", "you", "his",
            "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "there", "here",
            "if", "when", "while", "after", "before", "under", "over", "not", "no", "so", "then", "than",
            "who", "what", "where", "why", "how", "which", "said", "says", "also", "about", "into", "up");

    private MeaningWords() {
    }

    /** The kinds of the word with this key, name aside; 0 for an ordinary word. */
    static int kinds(String key) {
        int k = 0;
        if (NEGATIONS.contains(key)) k |= NEGATION;
        if (HEDGES.contains(key)) k |= HEDGE;
        if (QUANTITIES.contains(key) || hasDigitOrCurrency(key)) k |= QUANTITY;
        if (TIMES.contains(key)) k |= TIME;
        if (POLARITIES.contains(key)) k |= POLARITY;
        return k;
    }

    /** Whether a capitalized word with this key can be a name (it is not a function word). */
    static boolean canBeName(String key) {
        return !NOT_NAMES.contains(key) && kinds(key) == 0;
    }

    private static Set<String> polarities() {
        Set<String> all = new HashSet<>(POLARITY_WORDS);
        for (String v : POLARITY_VERBS) {
            String stem = v.endsWith("e") ? v.substring(0, v.length() - 1) : v;
            String doubled = v.matches(".*[^aeiou][aeiou][bdgmnprt]") ? v + v.charAt(v.length() - 1) : v;
            String y = v.endsWith("y") ? v.substring(0, v.length() - 1) + "i" : v;
            all.addAll(List.of(v, v + "s", v + "es", y + "es", y + "ed", stem + "ed", stem + "ing", doubled + "ed",
                    doubled + "ing", v + "ing", v + "ed", v + "d"));
        }
        return Set.copyOf(all);
    }

    private static boolean hasDigitOrCurrency(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL) return true;
        }
        return false;
    }
}
