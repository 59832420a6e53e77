package dev.precis.summarize;

import dev.precis.model.Answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers a question with the article's own sentences: the sentence covering the largest
 * IDF-weighted share of the question's content terms, plus a second one when it covers what the
 * first leaves out. Below a coverage threshold the answer is {@code not_stated}.
 */
final class QuestionMatcher {

    /**
     * Least IDF-weighted share of the question's terms the quoted sentences must cover. Calibrated on
     * the reference story's test questions (BuiltinEngineTest): the answerable ones cover 1.0, the
     * unaddressed ones 0.00-0.40 ("What did the meeting decide?" 0.28: "decide" occurs nowhere, and a
     * term the article never uses weighs most). Two stay wrong at any threshold in 0.41-0.99: "Why does
     * Russia want to meet Kim?" (0.47, not_stated: "want" is not in the text) and "When will the war in
     * Ukraine end?" (0.53, answered). 0.5 = the quotes must cover the heavier half.
     */
    static final double MIN_COVERAGE = 0.5;
    /** A second sentence is quoted only if it adds at least this much coverage. */
    private static final double MIN_SECOND_GAIN = 0.2;
    /** Tie-break weight of a sentence's summary score (centrality, lead) against coverage. */
    private static final double SCORE_TIE_BREAK = 0.01;
    /** Sentences under 4 words cannot be quoted: {@link Grounding#MIN_QUOTE_WORDS}. */
    private static final int MIN_WORDS = Grounding.MIN_QUOTE_WORDS;

    /** Words of a question that ask rather than name the topic, as stems. */
    private static final Set<String> QUESTION_NOISE = java.util.stream.Stream.of(
            "article", "story", "text", "happen", "happened", "mention", "mentioned", "tell", "state",
            "stated", "describe", "described", "explain", "kind", "thing", "anything", "something", "reason")
            .map(Terms::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The sentences answering a question, or an empty list when the article does not say. */
    record Match(List<Integer> sentences, double coverage) {
    }

    private final SentenceIndex index;
    private final double[] score;

    QuestionMatcher(SentenceIndex index, double[] score) {
        this.index = index;
        this.score = score;
    }

    Match match(String question) {
        List<String> qTerms = new ArrayList<>(new LinkedHashSet<>(Terms.of(question)));
        qTerms.removeIf(QUESTION_NOISE::contains);
        double total = qTerms.stream().mapToDouble(index::idf).sum();
        if (qTerms.isEmpty() || total <= 0) return new Match(List.of(), 0);
        double maxScore = 0;
        for (double s : score) maxScore = Math.max(maxScore, s);
        int first = best(qTerms, Set.of(), total, -1, maxScore);
        if (first < 0) return new Match(List.of(), 0);
        Set<String> covered = new LinkedHashSet<>(qTerms);
        covered.retainAll(index.terms.get(first));
        double coverage = weight(covered) / total;
        List<Integer> sentences = new ArrayList<>(List.of(first));
        if (coverage < 1) {
            int second = best(qTerms, covered, total, first, maxScore);
            if (second >= 0) {
                Set<String> union = new LinkedHashSet<>(covered);
                union.addAll(qTerms.stream().filter(index.terms.get(second)::contains).toList());
                double gain = weight(union) / total - coverage;
                if (gain >= MIN_SECOND_GAIN) {
                    sentences.add(second);
                    coverage += gain;
                }
            }
        }
        if (coverage < MIN_COVERAGE) return new Match(List.of(), coverage);
        sentences.sort(null);
        return new Match(sentences, coverage);
    }

    /** The sentence covering most of the not yet {@code covered} question terms, or -1. */
    private int best(List<String> qTerms, Set<String> covered, double total, int exclude, double maxScore) {
        int best = -1;
        double bestValue = 0;
        for (int i = 0; i < index.size(); i++) {
            if (i == exclude || index.words[i] < MIN_WORDS) continue;
            List<String> sentenceTerms = index.terms.get(i);
            double gain = 0;
            for (String t : qTerms) if (!covered.contains(t) && sentenceTerms.contains(t)) gain += index.idf(t);
            if (gain <= 0) continue;
            double value = gain / total + (maxScore > 0 ? SCORE_TIE_BREAK * score[i] / maxScore : 0);
            if (value > bestValue) {
                bestValue = value;
                best = i;
            }
        }
        return best;
    }

    private double weight(Set<String> terms) {
        return terms.stream().mapToDouble(index::idf).sum();
    }

    /** {@code answered} or {@code not_stated}, as the match says. */
    static String status(Match m) {
        return m.sentences().isEmpty() ? Answer.NOT_STATED : Answer.ANSWERED;
    }
}
