package dev.precis.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores sentences for a summary: centrality in the sentence-similarity graph (PageRank biased
 * towards the lead), plus a lead prior and similarity to the headline; then picks a few central,
 * non-redundant ones (maximal marginal relevance).
 */
final class SentenceRanker {

    /**
     * The knobs of ranking and selection; {@link #DEFAULT} holds the calibrated values.
     *
     * @param damping        PageRank damping: weight of graph links against the lead-biased jump
     * @param leadDecay      lead prior of sentence i is {@code 1 / (1 + i)^leadDecay}
     * @param centralWeight  weight of (max-normalized) centrality in the score
     * @param leadWeight     weight of the lead prior in the score
     * @param titleWeight    weight of cosine similarity to the headline in the score
     * @param redundancy     MMR: share of the score traded for dissimilarity to sentences already picked
     * @param minWords       shortest sentence worth picking (words)
     * @param maxSentences   most sentences in a summary
     * @param minSentences   fewest sentences in a summary (when the article has them)
     * @param wordBudget     a sentence that would take the summary past this many words is skipped
     */
    record Tuning(double damping, double leadDecay, double centralWeight, double leadWeight, double titleWeight,
                  double redundancy, int minWords, int maxSentences, int minSentences, int wordBudget) {
    }

    // Calibrated on ../shared/summ (200 BBC articles) with TuningSweep, one knob at a time around these
    // defaults; R1 F1 in brackets (defaults: 57.6, 95% CI 55.5-59.8, so moves under ~1 point are noise).
    // Constraint kept: the article's first sentence opens >= 98% of summaries, since news leads carry
    // the story and Lead-3 is the bar on CNN/DM-style sets; BBC alone would trade some of that away.
    /** PageRank damping: 0.5/0.7/0.85/0.95 gave 51.5/53.8/55.8/57.6; graph centrality matters most. */
    private static final double DAMPING = 0.95;
    /** Lead prior 1/(1+i)^d: d = 0.5/1/2/3 gave 57.4/56.9/57.6/58.1; 2 keeps the jump on the lead. */
    private static final double LEAD_DECAY = 2.0;
    /** Centrality weight: the reference (1) the other weights are relative to. */
    private static final double CENTRAL_WEIGHT = 1.0;
    /** Lead weight: 0/0.3/0.6/1/1.5 gave 58.4/58.3/57.6/57.1/55.7; 0 lets the lead go in 4% of cases. */
    private static final double LEAD_WEIGHT = 0.6;
    /** Headline weight: 0/0.4/0.8 gave 57.3/57.6/58.0 (flat); 0.4 favours on-topic sentences in ties. */
    private static final double TITLE_WEIGHT = 0.4;
    /** MMR redundancy: 0/0.15/0.3/0.5 gave 57.7/57.8/57.6/56.9; 0.3 avoids near-repeats at no cost. */
    private static final double REDUNDANCY = 0.3;
    /** Sentences under 6 words are captions, datelines or fragments (4/6/9 gave 57.5/57.6/57.8). */
    private static final int MIN_WORDS = 6;
    /** Most summary sentences: the design's two to four. */
    private static final int MAX_SENTENCES = BuiltinEngine.SUMMARY_MAX_SENTENCES;
    /** Fewest summary sentences when the article has them: the design's two. */
    private static final int MIN_SENTENCES = 2;
    /** Word budget: see {@link BuiltinEngine#SUMMARY_WORD_BUDGET}. */
    private static final int WORD_BUDGET = BuiltinEngine.SUMMARY_WORD_BUDGET;

    static final Tuning DEFAULT = new Tuning(DAMPING, LEAD_DECAY, CENTRAL_WEIGHT, LEAD_WEIGHT, TITLE_WEIGHT,
            REDUNDANCY, MIN_WORDS, MAX_SENTENCES, MIN_SENTENCES, WORD_BUDGET);

    /**
     * Only the first 500 sentences (about 12,000 words) are ranked: the graph is quadratic in memory
     * and time (500 sentences: 2 MB, tens of ms), and a news summary comes from the top anyway.
     */
    static final int MAX_RANKED_SENTENCES = 500;
    /** PageRank stops when no score moves more than this. */
    private static final double CONVERGENCE = 1e-9;
    private static final int MAX_ITERATIONS = 200;

    private final Tuning tuning;

    SentenceRanker(Tuning tuning) {
        this.tuning = tuning;
    }

    /** Whether sentence {@code i} may appear in a summary or as a key fact. */
    boolean eligible(SentenceIndex index, int i) {
        return index.words[i] >= tuning.minWords() && !index.boilerplate[i];
    }

    /** Summary-worthiness of every sentence (0 for ineligible ones). */
    double[] scores(SentenceIndex index, String title) {
        int n = Math.min(index.size(), MAX_RANKED_SENTENCES);
        double[] lead = new double[n];
        for (int i = 0; i < n; i++) lead[i] = 1.0 / Math.pow(1 + i, tuning.leadDecay());
        double[] central = centrality(index, lead);
        double maxCentral = Arrays.stream(central).max().orElse(1);
        var titleVector = title == null ? null : index.vector(Terms.of(title, index.lang));
        double[] score = new double[index.size()];   // sentences past the ranked ones keep 0
        for (int i = 0; i < n; i++) {
            if (!eligible(index, i)) continue;
            double t = titleVector == null ? 0 : SentenceIndex.cosine(titleVector, index.vectors.get(i));
            score[i] = tuning.centralWeight() * central[i] / maxCentral + tuning.leadWeight() * lead[i]
                    + tuning.titleWeight() * t;
        }
        return score;
    }

    /**
     * PageRank over the cosine-similarity graph of the first {@code prior.length} sentences, jumping to
     * sentences in proportion to {@code prior}.
     */
    private double[] centrality(SentenceIndex index, double[] prior) {
        int n = prior.length;
        double[][] w = new double[n][n];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = index.similarity(i, j);
                w[i][j] = s;
                w[j][i] = s;
                out[i] += s;
                out[j] += s;
            }
        }
        double priorSum = Arrays.stream(prior).sum();
        double[] jump = new double[n];
        for (int i = 0; i < n; i++) jump[i] = prior[i] / priorSum;
        double[] r = jump.clone();
        double d = tuning.damping();
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double dangling = 0;
            for (int j = 0; j < n; j++) if (out[j] == 0) dangling += r[j];
            double[] next = new double[n];
            double delta = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) if (w[j][i] > 0) sum += r[j] * w[j][i] / out[j];
                next[i] = (1 - d) * jump[i] + d * (sum + dangling * jump[i]);
                delta = Math.max(delta, Math.abs(next[i] - r[i]));
            }
            r = next;
            if (delta < CONVERGENCE) break;
        }
        return r;
    }

    /**
     * Picks up to {@code max} sentences by maximal marginal relevance, within {@code wordBudget}
     * words (the first pick always fits); returns their indexes in article order.
     */
    List<Integer> select(SentenceIndex index, double[] score, int max, int wordBudget) {
        List<Integer> picked = new ArrayList<>();
        boolean[] skipped = new boolean[index.size()];
        int words = 0;
        double maxScore = Arrays.stream(score).max().orElse(0);
        if (maxScore <= 0) return picked;
        while (picked.size() < max) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < index.size(); i++) {
                if (score[i] <= 0 || skipped[i] || picked.contains(i)) continue;
                double redundancy = 0;
                for (int j : picked) redundancy = Math.max(redundancy, index.similarity(i, j));
                double value = (1 - tuning.redundancy()) * score[i] / maxScore - tuning.redundancy() * redundancy;
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) break;
            if (!picked.isEmpty() && words + index.words[best] > wordBudget) {
                skipped[best] = true;
                continue;
            }
            picked.add(best);
            words += index.words[best];
        }
        picked.sort(null);
        return picked;
    }

    /** Fewest sentences a summary should have. */
    int minSentences() {
        return tuning.minSentences();
    }

    /** The summary's sentences given {@link #scores}, in article order; empty when none is eligible. */
    List<Integer> summary(SentenceIndex index, double[] score) {
        List<Integer> picked = select(index, score, tuning.maxSentences(), tuning.wordBudget());
        if (picked.size() < tuning.minSentences()) {
            picked = select(index, score, tuning.minSentences(), Integer.MAX_VALUE);
        }
        return picked;
    }
}
