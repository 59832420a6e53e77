package dev.precis.summarize;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The tables {@link SentenceSplitter} reads for one language: which words before a period never end a
 * sentence, which may, and which words open one. Entries are lower case, without their final period.
 * Languages without a table are split by {@link java.text.BreakIterator} (see {@link #forLanguage}).
 *
 * @param neverFinal    a period after these never ends a sentence: titles ({@code Gov.}), months
 *                      ({@code Sept.}), {@code e.g}, street words — a name or a number always follows
 * @param beforeNumber  a period after these does not end a sentence before a number ({@code No. 5}),
 *                      but may before a word ({@code "The answer was no."})
 * @param maybeFinal    a period after these ends a sentence only before an {@code openers} word: company
 *                      suffixes ({@code Inc.}), US state abbreviations ({@code Vt.}), {@code a.m.},
 *                      which end sentences as often as they sit inside them
 * @param openers       words that commonly open a sentence (lower case); after a {@code maybeFinal}
 *                      abbreviation, a dotted acronym ({@code U.S.}) or an initial they signal a boundary
 * @param ordinalDots   whether a period after a number may mark an ordinal ({@code am 12. September}):
 *                      then a number ends a sentence only before an opener, like a {@code maybeFinal} word
 */
record SplitRules(String language, Set<String> neverFinal, Set<String> beforeNumber, Set<String> maybeFinal,
                  Set<String> openers, boolean ordinalDots) {

    /** Titles and ranks written before names in English news (AP style and British usage). */
    private static final String EN_TITLES = "mr mrs ms messrs mmes dr prof sen sens rep reps gov govs lt gen col"
            + " capt cmdr cdr sgt maj adm rev hon pres supt insp det cpl pvt pfc spc msgr fr amb atty ald"
            + " mme mlle mssrs brig";
    /** Month abbreviations (AP: Jan. Feb. Aug. Sept. Oct. Nov. Dec.), always followed by a day or year. */
    private static final String EN_MONTHS = "jan feb mar apr jun jul aug sep sept oct nov dec";
    /** Other words written before a name or number: street and place words, "versus", Latin "e.g.". */
    private static final String EN_OTHER = "st mt ft vs v e.g i.e approx dept univ ave blvd rd hwy gov't"
            + " cf ca viz";
    /**
     * US state abbreviations in AP style ("MILLBROOK, Vt. —", "D-Minn.", "Portland, Ore."): they end a
     * sentence about as often as they sit in one, so they split only before an opening word.
     */
    private static final String US_STATES = "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md"
            + " mass mich minn miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wisc wyo"
            + " d.c n.h n.j n.m n.y n.c n.d r.i s.c s.d w.va";
    /** Company suffixes and closing abbreviations that often end a sentence. */
    private static final String EN_MAYBE = "inc corp ltd co bros plc llc jr sr etc al a.m p.m";
    /** Words that precede a number: "No. 1", "Fig. 3", "Vol. 2", "pp. 4-5", "Art. 12". */
    private static final String EN_BEFORE_NUMBER = "no nos fig figs vol vols ch pp art p op";
    /** Common first words of English sentences (pronouns, articles, conjunctions, time adverbs). */
    private static final String EN_OPENERS = "the a an he she it they we i you but and in this that these"
            + " those there its his her their our on at for as if when while after before some many most no not"
            + " one what why how who where officials however meanwhile also so yet still since during last"
            + " earlier later now then mr mrs ms dr";

    /** German: titles, months and the abbreviations of running text ("z. B.", "u. a.", "bzw."). */
    private static final String DE_NEVER = "dr prof hr fr st nr bzw ca usw vgl ggf evtl inkl zzgl sog jan feb"
            + " aug sept okt nov dez tel abs str mio mrd bzw"; // "Mio./Mrd." precede "Euro" in amounts
    private static final String DE_OPENERS = "der die das den dem ein eine er sie es wir ich man aber und in im"
            + " am auf bei mit nach vor seit dies diese dieser doch auch so dann nun noch wie was wer wo warum"
            + " als wenn nachdem trotzdem jedoch zudem danach dabei deshalb daher damit dort heute gestern morgen"
            + " außerdem später zuvor inzwischen allerdings";

    /** French: "M." (Monsieur), "Mme", "art.", "janv.", "p. ex.". */
    private static final String FR_NEVER = "m mm mme mlle dr pr st ste me janv févr avr juil sept oct nov déc"
            + " av bd éd art p.ex env cf";
    private static final String FR_OPENERS = "le la les l un une il elle ils elles on nous je mais et en dans"
            + " ce cette ces c au aux pour selon alors depuis puis après avant si quand pourtant cependant";

    /** Spanish: "Sr./Sra.", "EE. UU.", "Dr.", months. */
    private static final String ES_NEVER = "sr sra srta sres dr dra lic ing gral ee uu ee.uu av avda pág núm"
            + " ene feb abr jun jul ago sept oct nov dic art";
    private static final String ES_OPENERS = "el la los las un una él ella ellos ellas se lo pero y en este esta"
            + " estos estas ese esa al del para según así después antes si cuando sin sin embargo además";

    static final SplitRules ENGLISH = new SplitRules("en", words(EN_TITLES, EN_MONTHS, EN_OTHER),
            words(EN_BEFORE_NUMBER), words(US_STATES, EN_MAYBE), words(EN_OPENERS), false);
    static final SplitRules GERMAN = new SplitRules("de", words(DE_NEVER), words("nr abs art s"),
            words("etc"), words(DE_OPENERS), true);
    static final SplitRules FRENCH = new SplitRules("fr", words(FR_NEVER), words("no n° p"),
            words("etc"), words(FR_OPENERS), false);
    static final SplitRules SPANISH = new SplitRules("es", words(ES_NEVER), words("no núm p"),
            words("etc"), words(ES_OPENERS), false);

    /**
     * The table for a BCP-47 tag ({@code en}, {@code de-AT}); English when the tag is null or blank (plain
     * text, pages that do not say); null for a language without a table, which is split by
     * {@link java.text.BreakIterator} instead.
     */
    static SplitRules forLanguage(String lang) {
        if (lang == null || lang.isBlank()) return ENGLISH;
        return switch (Locale.forLanguageTag(lang.strip()).getLanguage()) {
            case "en", "" -> ENGLISH;
            case "de" -> GERMAN;
            case "fr" -> FRENCH;
            case "es" -> SPANISH;
            default -> null;
        };
    }

    private static Set<String> words(String... lists) {
        return Stream.of(lists).flatMap(l -> Stream.of(l.split(" "))).filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
