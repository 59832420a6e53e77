package dev.precis.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Content terms of text: lower-cased words and numbers, stop words removed, lightly stemmed so that
 * {@code travel / travels / traveled / travelling}, {@code meet / meeting} and {@code spoke / speak}
 * match. English by default; German, French and Spanish have stop words of their own and only lose
 * plural endings; other languages keep every word of two letters or more.
 */
final class Terms {

    /** Shortest word kept as a term (numbers are always kept). */
    private static final int MIN_TERM_CHARS = 2;
    /** Shortest word that suffix stripping may touch: shorter words are too ambiguous to stem. */
    private static final int MIN_STEM_CHARS = 4;
    /** Stems at least this long lose a double l ({@code travell}); shorter ones keep it ({@code call}). */
    private static final int MIN_UNDOUBLE_LL = 7;

    /** English function words, question words, modals and contraction stubs: they carry no topic. */
    static final Set<String> STOP_WORDS = words(
            "a about above after again against all also am an and any are as at be because been before being "
            + "below between both but by can could did do does doing down during each few for from further "
            + "had has have having he her here hers herself him himself his how i if in into is it its itself "
            + "just me might more most must my myself no nor not now of off on once only or other our ours "
            + "ourselves out over own same shall she should so some such than that the their theirs them "
            + "themselves then there these they this those through to too under until up upon very was we "
            + "were what when where which while who whom whose why will with would you your yours yourself "
            + "yourselves may said says say told according mr mrs ms dr one two new yet still us "
            + "isn aren wasn weren don doesn didn hasn haven hadn wouldn couldn shouldn ll ve re "
            + "s t d m o");
    /** German function and question words. */
    private static final Set<String> GERMAN_STOP_WORDS = words(
            "der die das den dem des ein eine einer eines einem einen und oder aber in im am an auf aus bei mit "
            + "nach von vor zu zum zur für über unter um ist sind war waren wird werden wurde wurden hat haben "
            + "hatte sein seine ihr ihre er sie es wir ich man nicht auch noch nur so wie was wer wo wann warum "
            + "wieso welche welcher welches als wenn dass ob sich viel viele mehr heißt gibt");
    /** German inflection endings, longest first: one is taken off a word of five letters or more. */
    private static final List<String> GERMAN_ENDINGS = List.of("ern", "em", "en", "er", "es", "et", "st", "e", "n", "s", "t");
    /** French function and question words. */
    private static final Set<String> FRENCH_STOP_WORDS = words(
            "le la les l un une des du de d et ou mais en dans sur sous pour par avec sans au aux ce cet cette "
            + "ces se sa son ses leur leurs il elle ils elles on nous vous je qui que qu quoi quel quelle quels "
            + "quelles combien quand où pourquoi comment est sont été être a ont avait avoir fait ne pas plus "
            + "selon aussi t y");
    /** Spanish function and question words. */
    private static final Set<String> SPANISH_STOP_WORDS = words(
            "el la los las lo un una unos unas y o pero en de del al a por para con sin sobre se su sus le les "
            + "él ella ellos ellas nos que qué quién quiénes cuál cuáles cuánto cuánta cuántos cuántas cuándo "
            + "dónde cómo por porqué es son fue fueron está están ha han había ser estar no más muy este esta "
            + "estos estas ese esa también según");

    /**
     * Irregular English verb forms and their base form, so a question's {@code speak} finds the
     * article's {@code spoke}: the common irregular verbs of news text.
     */
    private static final Map<String, String> IRREGULAR = irregulars(
            "spoke speak spoken speak went go gone go took take taken take made make gave give given give "
            + "came come began begin begun begin ran run saw see seen see found find brought bring thought think "
            + "held hold kept keep built build sent send spent spend fell fall fallen fall rose rise risen rise "
            + "grew grow grown grow drew draw drawn draw knew know known know wrote write written write drove "
            + "drive driven drive led lead fled flee fought fight caught catch taught teach struck strike chose "
            + "choose chosen choose broke break broken break stole steal stolen steal shot shoot stood stand "
            + "sat sit felt feel meant mean heard hear sought seek sold sell bought buy paid pay won win lost "
            + "lose met meet left leave hid hide hidden hide swore swear sworn swear wore wear worn wear tore tear "
            + "torn tear flew fly flown fly froze freeze frozen freeze rode ride ridden ride woke wake woken wake "
            + "dug dig hung hang shook shake shaken shake forgot forget forgotten forget forgave forgive laid lay "
            + "lay lie lain lie ate eat eaten eat fed feed drank drink drunk drink sang sing sung sing swam swim "
            + "sank sink sunk sink threw throw thrown throw bore bear born bear beat beat beaten beat bit bite "
            + "bitten bite became become slept sleep dealt deal lent lend sped speed spun spin stuck stick "
            + "struck strike swept sweep wept weep understood understand withdrew withdraw withdrawn withdraw "
            + "overtook overtake undertook undertake upheld uphold children child men man women woman people "
            + "person mice mouse feet foot teeth tooth geese goose");

    /**
     * Common English near-synonyms of news text mapped to one word, so "extra staff" finds "additional
     * staff" and "borrowed" finds "lend": each word on the left reads as the one after it.
     */
    private static final Map<String, String> SYNONYMS = irregulars(
            "additional extra lend borrow lent borrow loan borrow loaned borrow purchase buy purchased buy acquire buy"
            + " acquired buy begin start began start begun start commence start finish end finished end conclude end"
            + " concluded end increase rise increased rise decrease fall decreased fall drop fall dropped fall"
            + " decline fall declined fall large big huge big enormous big small little tiny little"
            + " reply answer replied answer purchase buy");

    private Terms() {
    }

    /** The content terms of English {@code text}, in order, with repeats. */
    static List<String> of(String text) {
        return of(text, null);
    }

    /** The content terms of {@code text} written in {@code lang} (a BCP-47 tag, or null for English). */
    static List<String> of(String text, String lang) {
        List<String> terms = new ArrayList<>();
        if (text == null) return terms;
        String language = language(lang);
        Set<String> stop = stopWords(language);
        String lower = text.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isLetterOrDigit(lower.charAt(j))) j++;
            String w = lower.substring(i, j);
            boolean number = Character.isDigit(w.charAt(0));
            if (number || (w.length() >= MIN_TERM_CHARS && !stop.contains(w))) {
                terms.add(number ? w : stem(w, language));
            }
            i = j;
        }
        return terms;
    }

    /** The primary language subtag the term rules know ({@code en}, {@code de}, {@code fr}, {@code es}), or {@code ""}. */
    static String language(String lang) {
        if (lang == null || lang.isBlank()) return "en";
        String l = Locale.forLanguageTag(lang.strip()).getLanguage();
        return switch (l) {
            case "en", "de", "fr", "es" -> l;
            case "" -> "en";
            default -> "";
        };
    }

    private static Set<String> stopWords(String language) {
        return switch (language) {
            case "en" -> STOP_WORDS;
            case "de" -> GERMAN_STOP_WORDS;
            case "fr" -> FRENCH_STOP_WORDS;
            case "es" -> SPANISH_STOP_WORDS;
            default -> Set.of();
        };
    }

    /** The English stem of a lower-case word. */
    static String stem(String w) {
        return stem(w, "en");
    }

    private static String stem(String w, String language) {
        if (language.equals("en")) {
            String base = IRREGULAR.getOrDefault(w, w);
            return englishStem(SYNONYMS.getOrDefault(base, base));
        }
        if ((language.equals("fr") || language.equals("es")) && w.length() > MIN_STEM_CHARS && w.endsWith("s")) {
            return w.substring(0, w.length() - 1);   // plural: ventes -> vente, embalses -> embalse
        }
        if (language.equals("de") && w.length() > MIN_STEM_CHARS) {
            for (String ending : GERMAN_ENDINGS) {
                if (w.endsWith(ending)) return w.substring(0, w.length() - ending.length());   // kostet, koste -> kost
            }
        }
        return w;
    }

    /** Light suffix stripping: plurals, -ied/-ies, -ed, -ing, final -e; double final consonants undoubled. */
    private static String englishStem(String w) {
        if (w.length() < MIN_STEM_CHARS - 1) return w;
        String s = w;
        if (s.length() >= MIN_STEM_CHARS) {
            if (s.endsWith("ies") && s.length() > 4) {
                s = s.substring(0, s.length() - 3) + "y";
            } else if (s.endsWith("sses")) {
                s = s.substring(0, s.length() - 2);
            } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
                s = s.substring(0, s.length() - 1);
            }
            if (s.endsWith("ied") && s.length() > 4) {
                s = s.substring(0, s.length() - 3) + "y";   // tried -> try, like tries -> try
            } else if (s.endsWith("ing") && s.length() > 5) {
                s = undouble(s.substring(0, s.length() - 3));
            } else if (s.endsWith("ed") && s.length() >= MIN_STEM_CHARS && hasVowel(s, s.length() - 2)) {
                s = undouble(s.substring(0, s.length() - 2));   // voted -> vot, like vote -> vot
            }
        }
        while (s.endsWith("e") && s.length() >= MIN_STEM_CHARS - 1) s = s.substring(0, s.length() - 1);   // agree(d) -> agr
        return s;
    }

    private static boolean hasVowel(String s, int end) {
        for (int i = 0; i < end; i++) if ("aeiouy".indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "aeiouslz".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        if (n >= MIN_UNDOUBLE_LL && s.endsWith("ll")) return s.substring(0, n - 1);   // travell(ed) -> travel
        return s;
    }

    private static Set<String> words(String list) {
        return Set.copyOf(java.util.Arrays.asList(list.split(" ")));
    }

    private static Map<String, String> irregulars(String pairs) {
        String[] p = pairs.split(" ");
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < p.length; i += 2) m.putIfAbsent(p[i], p[i + 1]);
        return Map.copyOf(m);
    }
}
