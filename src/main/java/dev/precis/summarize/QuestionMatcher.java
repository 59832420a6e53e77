package dev.precis.summarize;

import dev.precis.model.Answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers a question with the article's own sentences, or says the article does not.
 *
 * <p>A sentence may answer when it holds the kind of answer the question wants ({@link QuestionFocus.Kind}:
 * a number for "how many", a time for "when"…), when for a "what did X say" question X is the one
 * speaking in it, and when for "how many X" it names X. Among those, the one covering the largest share of
 * the question's terms is quoted — each term weighing its inverse sentence frequency, halved for the
 * article's topic words (the headline's, or those in a quarter of its sentences), which every sentence
 * shares and which therefore say little about whether a sentence answers. A sentence opening with a
 * pronoun ("They are most useful…") also counts the terms of the sentence before it, at a discount. The
 * answer is {@code not_stated} below {@link #MIN_COVERAGE}, or when the sentence shares none of the
 * question's own (non-topic) words. A second sentence is quoted only for a two-part question.
 */
final class QuestionMatcher {

    /**
     * Least weighted share of the question's terms the quoted sentence must cover. Swept on the tune split of
     * {@code questions.tsv} (answerable answered / unanswerable not_stated): 0.45 98/85, 0.5 98/88,
     * 0.55 96/91, 0.6 94/94, 0.65 94/94, 0.7 94/97, 0.75 94/97 (%); the held-out split was not looked at.
     */
    static final double MIN_COVERAGE = 0.7;
    /** Weight of a topic word (headline or frequent) against a word of the question's own. */
    static final double TOPIC_WEIGHT = 0.5;
    /** Credit for a term found in the sentence a pronoun-led sentence refers back to. */
    static final double INHERITED_CREDIT = 0.6;
    /** Credit for a topic word a sentence does not name: every sentence of the article is about its topic. */
    static final double IMPLICIT_TOPIC_CREDIT = 0.5;
    /** Coverage kept by a sentence without the marker a soft kind looks for ("because" for why). */
    static final double SOFT_KIND_DISCOUNT = 0.8;
    /** A term in at least this share of the sentences is a topic word. */
    private static final double TOPIC_SHARE = 0.25;
    /** ...and in at least this many. */
    private static final int TOPIC_MIN_SENTENCES = 3;
    /** A second sentence is quoted only if it adds at least this much coverage. */
    private static final double MIN_SECOND_GAIN = 0.2;
    /** Tie-break weight of a sentence's summary score (centrality, lead) against coverage. */
    private static final double SCORE_TIE_BREAK = 0.01;
    /** Sentences under 4 words cannot be quoted: {@link Grounding#MIN_QUOTE_WORDS}. */
    private static final int MIN_WORDS = Grounding.MIN_QUOTE_WORDS;
    /** Words before a speech verb within which the speaker must be named ("Students welcomed it but said"). */
    private static final int SPEAKER_BEFORE = 8;
    /** Words after a speech verb within which the speaker may be named ("…, said Morag Fraser"). */
    private static final int SPEAKER_AFTER = 3;
    /** Verbs that report speech, and "according to". */
    private static final Pattern SPEECH_VERB = Pattern.compile("^(?:say|says|said|saying|tell|tells|told|add|adds|added"
            + "|note|notes|noted|state|states|stated|announce[ds]?|wrote|writes|argue[ds]?|claim(?:s|ed)?|repl(?:y|ies|ied)"
            + "|respond(?:s|ed)?|comment(?:s|ed)?|warn(?:s|ed)?|suggest(?:s|ed)?|insist(?:s|ed)?|explain(?:s|ed)?"
            + "|according|tweeted|posted)$");
    /** First words of a sentence that lean on the one before ("They", "It", "Most are over fifty"). */
    private static final Set<String> LEANING_OPENERS = Set.of("they", "it", "he", "she", "this", "these", "those",
            "its", "their", "his", "her", "there", "most", "many", "some", "few", "all", "both", "each", "none",
            "several", "half", "more", "such");

    /** The sentences answering a question, or an empty list when the article does not say. */
    record Match(List<Integer> sentences, double coverage) {
    }

    private final SentenceIndex index;
    private final double[] score;
    private final String lang;
    private final Set<String> topic;

    QuestionMatcher(SentenceIndex index, double[] score, String title, String lang) {
        this.index = index;
        this.score = score;
        this.lang = lang;
        this.topic = new HashSet<>(Terms.of(title, lang));
        int frequent = Math.max(TOPIC_MIN_SENTENCES, (int) Math.ceil(TOPIC_SHARE * index.size()));
        index.df.forEach((term, df) -> {
            if (df >= frequent) topic.add(term);
        });
    }

    Match match(String question) {
        QuestionFocus focus = QuestionFocus.of(question, lang);
        List<String> q = focus.terms();
        boolean typed = focus.kind().strict();
        if (q.isEmpty() && !typed) return new Match(List.of(), 0);
        double kindWeight = typed ? q.stream().mapToDouble(index::idf).average().orElse(1) : 0;
        double total = q.stream().mapToDouble(this::weight).sum() + kindWeight;
        if (total <= 0) return new Match(List.of(), 0);
        boolean hasOwnWords = q.stream().anyMatch(t -> !topic.contains(t));
        double maxScore = 0;
        for (double s : score) maxScore = Math.max(maxScore, s);
        int best = -1;
        double bestCoverage = 0;
        double bestValue = 0;
        for (int i = 0; i < index.size(); i++) {
            if (!answers(focus, i) || (hasOwnWords && !coversOwnWord(q, i))) continue;
            double coverage = (coverage(q, i, Set.of()) + kindWeight) / total;
            if (!focus.kind().strict() && !focus.kind().foundIn(index.sentences.get(i).text())) coverage *= SOFT_KIND_DISCOUNT;
            double value = coverage + (maxScore > 0 ? SCORE_TIE_BREAK * score[i] / maxScore : 0);
            if (value > bestValue) {
                bestValue = value;
                bestCoverage = coverage;
                best = i;
            }
        }
        if (best < 0 || bestCoverage < MIN_COVERAGE) return new Match(List.of(), bestCoverage);
        List<Integer> sentences = new ArrayList<>(List.of(best));
        if (focus.twoParts() && bestCoverage < 1) addSecond(q, total, best, sentences);
        sentences.sort(null);
        return new Match(sentences, bestCoverage);
    }

    /** Whether sentence {@code i} can answer at all: long enough, of the right kind, naming the speaker and the counted thing. */
    private boolean answers(QuestionFocus focus, int i) {
        if (index.words[i] < MIN_WORDS) return false;
        String text = index.sentences.get(i).text();
        if (text.endsWith("?")) return false;   // a question in the text (an interviewer's) answers nothing
        if (focus.kind().strict() && !focus.kind().foundIn(text)) return false;
        if (!focus.counted().isEmpty() && focus.counted().stream().noneMatch(t -> has(i, t) || inherited(i, t))) return false;
        return focus.speaker().isEmpty() || speaks(text, focus.speaker());
    }

    /** Whether a speaker term stands within reach of a speech verb in {@code text}. */
    private boolean speaks(String text, List<String> speaker) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+");
        for (int v = 0; v < words.length; v++) {
            if (!SPEECH_VERB.matcher(words[v]).matches()) continue;
            for (int k = Math.max(0, v - SPEAKER_BEFORE); k <= Math.min(words.length - 1, v + SPEAKER_AFTER); k++) {
                if (k == v) continue;
                List<String> t = Terms.of(words[k], lang);
                if (!t.isEmpty() && speaker.contains(t.get(0))) return true;
            }
        }
        return false;
    }

    /** The weight of the question terms sentence {@code i} covers (terms in {@code covered} excluded). */
    private double coverage(List<String> q, int i, Set<String> covered) {
        double sum = 0;
        for (String t : q) {
            if (covered.contains(t)) continue;
            if (has(i, t)) sum += weight(t);
            else if (inherited(i, t)) sum += INHERITED_CREDIT * weight(t);
            else if (topic.contains(t)) sum += IMPLICIT_TOPIC_CREDIT * weight(t);
        }
        return sum;
    }

    /** The weight of the question terms sentence {@code i} itself names, {@code covered} ones excluded. */
    private double ownCoverage(List<String> q, int i, Set<String> covered) {
        double sum = 0;
        for (String t : q) if (!covered.contains(t) && has(i, t)) sum += weight(t);
        return sum;
    }

    private boolean coversOwnWord(List<String> q, int i) {
        for (String t : q) if (!topic.contains(t) && (has(i, t) || inherited(i, t))) return true;
        return false;
    }

    private void addSecond(List<String> q, double total, int first, List<Integer> sentences) {
        Set<String> covered = new LinkedHashSet<>();
        for (String t : q) if (has(first, t)) covered.add(t);
        int best = -1;
        double bestGain = 0;
        for (int i = 0; i < index.size(); i++) {
            if (i == first || index.words[i] < MIN_WORDS || index.sentences.get(i).text().endsWith("?")) continue;
            double gain = ownCoverage(q, i, covered) / total;
            if (gain > bestGain) {
                bestGain = gain;
                best = i;
            }
        }
        if (best >= 0 && bestGain >= MIN_SECOND_GAIN) sentences.add(best);
    }

    private boolean has(int i, String term) {
        return index.terms.get(i).contains(term);
    }

    /** Whether sentence {@code i} leans on the one before it (same paragraph) and that one has {@code term}. */
    private boolean inherited(int i, String term) {
        if (i == 0) return false;
        SentenceSplitter.Sentence s = index.sentences.get(i);
        if (index.sentences.get(i - 1).paragraph() != s.paragraph()) return false;
        return LEANING_OPENERS.contains(firstWord(s.text())) && has(i - 1, term);
    }

    private static String firstWord(String text) {
        int a = 0;
        while (a < text.length() && !Character.isLetter(text.charAt(a))) a++;
        int b = a;
        while (b < text.length() && Character.isLetter(text.charAt(b))) b++;
        return text.substring(a, b).toLowerCase(Locale.ROOT);
    }

    private double weight(String term) {
        return index.idf(term) * (topic.contains(term) ? TOPIC_WEIGHT : 1);
    }

    /** {@code answered} or {@code not_stated}, as the match says. */
    static String status(Match m) {
        return m.sentences().isEmpty() ? Answer.NOT_STATED : Answer.ANSWERED;
    }
}
