package dev.precis.summarize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a question asks: the content terms an answer must share with it, the kind of answer it wants
 * ({@link Kind}: a number, an amount of money, a time…), whose words it asks about ("What did Putin
 * say?" wants a sentence where Putin is the one who speaks) and what it counts ("How many troops…"
 * wants a number of troops). English questions are read this way; in other languages only terms count.
 *
 * @param terms    content terms (stems), less the words that only ask ({@code happen}, {@code cost} when
 *                 the kind already says "money")
 * @param kind     the kind of answer wanted
 * @param speaker  terms of whoever "say"/"tell" questions ask about; empty for other questions
 * @param counted  the head noun of what "how many / how much" counts ({@code litre} in "how many litres of
 *                 water"); empty for other questions
 * @param twoParts whether the question asks two things ("Where… and why?"), so two sentences may answer
 */
record QuestionFocus(List<String> terms, Kind kind, List<String> speaker, List<String> counted, boolean twoParts) {

    /**
     * The kind of answer a question wants, with what a sentence holds when it is one. A sentence without it
     * cannot answer a question of a strict kind (a "how many" question needs a number); for the others
     * (why, how) its coverage is only discounted, since a cause or a method is often said without a marker.
     */
    enum Kind {
        ANY(false, null),
        /** how many / how much / how old / how hot / what percentage: a numeral or number word. */
        NUMBER(true, "\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|twenty|thirty"
                + "|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|half|third"
                + "|quarter|double[ds]?|twice|triple[ds]?|percent|per cent)\\b"),
        /** what it costs, pays, is worth: an amount of money. */
        MONEY(true, "[$\u20AC\u00A3\u00A5]|\\b(?:dollars?|euros?|pounds?|cents?|pence|yen|yuan|rupees?|francs?|usd|eur|gbp|rs)\\b"),
        /** when / what time / what year: a date, day, time of day or time word. */
        TIME(true, "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june"
                + "|july|august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec|today|tomorrow"
                + "|yesterday|tonight|morning|afternoon|evening|night|midnight|noon|weekend|week|month|year|decade"
                + "|century|spring|summer|autumn|winter|season|soon|later|earlier|ago|until|till|since|next|last"
                + "|recently|now|hour|a\\.m|p\\.m|o'clock|(?:1[89]|20)\\d\\d)s?\\b|\\bat (?:\\d|one|two|three|four|five"
                + "|six|seven|eight|nine|ten|eleven|twelve)\\b|\\b\\d{1,2}:\\d\\d"),
        /** how long: a stretch of time. */
        DURATION(true, "\\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|lifetimes?"
                + "|until|till|since)\\b"),
        /** how often: a frequency. */
        FREQUENCY(true, "\\b(?:every|each|daily|weekly|monthly|annually|yearly|twice|once|times|per|a (?:day|week|month"
                + "|year))\\b"),
        /** why / what caused: a cause or purpose. */
        REASON(false, "\\b(?:because|since|as|after|due|owing|thanks|given|following|amid|so|in order|reasons?"
                + "|caused?|led|result(?:ed|s)?|prompted|blamed|why)\\b"),
        /** how was it done: a means. */
        METHOD(false, "\\b(?:using|used|uses|by|with|through|via|thanks to)\\b");

        private final boolean strict;
        private final Pattern pattern;

        Kind(boolean strict, String regex) {
            this.strict = strict;
            this.pattern = regex == null ? null : Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        }

        /** Whether a sentence without this kind of answer cannot answer at all. */
        boolean strict() {
            return strict;
        }

        /** Whether {@code sentence} holds this kind of answer. */
        boolean foundIn(String sentence) {
            return pattern == null || pattern.matcher(sentence).find();
        }
    }

    /** Words that ask rather than name what is asked about (stems are compared). */
    private static final Set<String> ASKING_WORDS = stems("article story text author writer reporter happen"
            + " happened mention mentioned describe described explain kind thing anything something reason do get"
            + " make want need mean show carry become seem");
    /** Words a kind already answers: "How much will it cost?" needs money, not the word "cost". */
    private static final Set<String> MONEY_WORDS = stems("cost costs price prices pay paid spend spent worth"
            + " charge charges fee fees earn earns sell sold fund funds budget salary fine money");
    private static final Set<String> TIME_WORDS = stems("time date day year month week");
    /** The word after "how" that only says what kind of answer is wanted. */
    private static final Set<String> HOW_WORDS = stems("many much long often old late early soon hot cold warm high"
            + " low big large deep fast far heavy tall wide");
    /** Question openers and the kind of answer each wants; the first that matches counts. */
    private static final List<Opener> OPENERS = List.of(
            new Opener("\\bhow (?:many|much)\\b(?=.*\\b(?:cost|costs|price|prices|pay|paid|spend|spent|worth|charge"
                    + "|charges|fee|fees|earn|earns|sell|sold|budget|salary|fine)\\b)", Kind.MONEY),
            new Opener("\\bwhat (?:is|was|are|were|will be) (?:the )?(?:\\w+ )?(?:price|cost|worth|fee|salary)\\b"
                    + "|\\bworth\\b(?=\\W*$)", Kind.MONEY),
            new Opener("\\bhow (?:many|much|old|hot|cold|warm|high|low|big|large|deep|fast|far|heavy|tall|wide)\\b"
                    + "|\\bwhat (?:percentage|proportion|share|number)\\b"
                    + "|\\bwhat (?:is|was) the (?:population|number|rate|turnout|score|size)\\b", Kind.NUMBER),
            new Opener("\\bhow long\\b", Kind.DURATION),
            new Opener("\\bhow often\\b", Kind.FREQUENCY),
            new Opener("\\bwhen\\b|\\b(?:what|which) (?:time|day|date|year|month|week)\\b|\\bhow (?:late|early|soon)\\b",
                    Kind.TIME),
            new Opener("\\bwhy\\b|\\bwhat (?:caused|causes|led to|prompted)\\b|\\bfor what reason\\b", Kind.REASON),
            new Opener("^how (?:was|were|is|are|did|do|does|can|could|will)\\b", Kind.METHOD));
    /** "What did X say / tell / announce …": X is asked about as a speaker. */
    private static final Pattern SPEECH_QUESTION = Pattern.compile("\\b(?:what|how)\\s+(?:did|does|do|has|have|had|will"
            + "|would)\\s+(.+?)\\s+(?:say|tell|announce|claim|argue|write|add|note|state|respond|reply|comment|warn"
            + "|suggest)\\b");
    /** "how many nest bricks have …": the counted thing runs to the next auxiliary or verb-like word. */
    private static final Pattern COUNTED = Pattern.compile("\\bhow (?:many|much)\\s+(.+?)(?:\\s+(?:is|are|was|were|do|does"
            + "|did|has|have|had|will|would|can|could|should|fit|been|be)\\b|\\W*$)");
    private static final Pattern WH_WORD = Pattern.compile("\\b(?:who|whom|what|when|where|why|how|which)\\b");

    /** Reads {@code question}, asked of an article in {@code lang} (BCP-47, or null for English). */
    static QuestionFocus of(String question, String lang) {
        String q = question == null ? "" : question.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(Terms.of(q, lang)));
        if (!Terms.language(lang).equals("en")) return new QuestionFocus(terms, Kind.ANY, List.of(), List.of(), false);
        terms.removeIf(ASKING_WORDS::contains);
        Kind kind = Kind.ANY;
        for (Opener o : OPENERS) {
            if (o.pattern().matcher(q).find()) {
                kind = o.kind();
                break;
            }
        }
        if (kind == Kind.MONEY) terms.removeIf(MONEY_WORDS::contains);
        if (kind == Kind.TIME) terms.removeIf(TIME_WORDS::contains);
        if (kind != Kind.ANY) terms.removeIf(HOW_WORDS::contains);
        List<String> speaker = List.of();
        Matcher s = SPEECH_QUESTION.matcher(q);
        if (s.find()) speaker = Terms.of(s.group(1));
        List<String> counted = List.of();
        Matcher c = kind == Kind.NUMBER ? COUNTED.matcher(q) : null;
        if (c != null && c.find()) {   // the head noun: "litres" of "litres of water", "bricks" of "nest bricks"
            List<String> span = Terms.of(c.group(1).split("\\s+of\\s+")[0]);
            if (!span.isEmpty() && terms.contains(span.get(span.size() - 1))) counted = List.of(span.get(span.size() - 1));
        }
        long whWords = WH_WORD.matcher(q).results().count();
        return new QuestionFocus(List.copyOf(terms), kind, speaker, counted, whWords >= 2);
    }

    private record Opener(Pattern pattern, Kind kind) {
        Opener(String regex, Kind kind) {
            this(Pattern.compile(regex), kind);
        }
    }

    private static Set<String> stems(String words) {
        return Stream.of(words.split(" ")).map(Terms::stem).collect(Collectors.toUnmodifiableSet());
    }
}
