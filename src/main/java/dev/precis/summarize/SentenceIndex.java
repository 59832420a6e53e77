package dev.precis.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An article body split into sentences, with TF-IDF vectors (IDF over the article's own sentences)
 * and the similarities between them: what the built-in engine ranks and matches against.
 */
final class SentenceIndex {

    /** Lines that are credits, bylines, time stamps or page furniture: never summary material. */
    private static final List<Pattern> BOILERPLATE = List.of(
            Pattern.compile("(?i)\\bcontributed (?:to )?(?:this|the) (?:story|report|article)\\b"),
            Pattern.compile("(?i)^(?:follow|sign up|subscribe|click|read more|copyright|all rights reserved"
                    + "|share this|related:|watch:|video:|photo:|image:|scroll down|advertisement|listen to)"
                    // a whole word: "Follow us on X" is furniture, "Following the launch, Apple…" a story's lead
                    + "(?![\\p{L}\\p{N}])"),
            Pattern.compile("(?i)\\b(?:e-?mail|newsletter|cookies?)\\b.*\\b(?:sign|subscribe|accept)"),
            // wire copy's legal line: "© 2019 Associated Press. All Rights Reserved. This material may not be…"
            Pattern.compile("(?i)\\u00A9|\\bmay not be (?:published|reproduced|redistributed)|\\ball rights reserved\\b"),
            // time stamps and bylines of syndicated copy: "PUBLISHED: 14:11 EST, 25 October 2013", "By . Jo Smith ."
            Pattern.compile("(?i)^\\W*(?:published|updated|last updated|posted)\\b.{0,40}\\b(?:\\d{1,2}:\\d\\d|\\d{4})"),
            Pattern.compile("^By\\s*\\.?\\s*(?:\\p{Lu}[\\p{L}'.-]*\\s*){1,4}\\.?$"),
            // an embedded post's attribution and link: "— Tottenham Hotspur (@SpursOfficial) November 20, 2019",
            // "…see you again my friend. pic.twitter.com/dUO6AJlMxR"
            Pattern.compile("^[\\u2014\\u2013-]\\s*[^()]{1,60}\\(@\\w{1,30}\\)|\\bpic\\.twitter\\.com/"));

    /**
     * A paragraph of fewer words than this that does not end a sentence (no full stop, question or
     * exclamation mark, or closing quote after one) is a heading, a label, a caption or a link — "Profile:
     * Julian Assange Timeline of saga", "There's still a chance for these teams" — not a sentence of the
     * story. Longer unterminated lines are kept: a sloppy page may drop the full stop of a real sentence.
     */
    private static final int HEADING_MAX_WORDS = 12;
    /** What a paragraph that ends a sentence ends with: terminators, and quotes or brackets after them. */
    private static final String SENTENCE_ENDS = ".!?\u2026\u061F\u06D4\u0964\u3002\uFF01\uFF1F\"'\u201D\u2019)]\u00BB\u300D";

    final String body;
    /** The body's language (BCP-47), or null: it picks the splitting and term rules. */
    final String lang;
    final List<SentenceSplitter.Sentence> sentences;
    /** Content terms of each sentence, with repeats. */
    final List<List<String>> terms;
    /** Number of sentences containing each term. */
    final Map<String, Integer> df = new HashMap<>();
    /** L2-normalized TF-IDF vector of each sentence. */
    final List<Map<String, Double>> vectors = new ArrayList<>();
    /** Words (whitespace-separated) in each sentence. */
    final int[] words;
    /** Whether each sentence is a credit line or page furniture. */
    final boolean[] boilerplate;

    SentenceIndex(String body) {
        this(body, null);
    }

    /** Indexes {@code body}, split by the sentence rules of {@code lang} (a BCP-47 tag, or null). */
    SentenceIndex(String body, String lang) {
        this.body = body;
        this.lang = lang;
        this.sentences = new SentenceSplitter().split(body, lang);
        int n = sentences.size();
        this.terms = new ArrayList<>(n);
        this.words = new int[n];
        this.boilerplate = new boolean[n];
        for (int i = 0; i < n; i++) {
            String text = sentences.get(i).text();
            List<String> t = Terms.of(text, lang);
            terms.add(t);
            t.stream().distinct().forEach(term -> df.merge(term, 1, Integer::sum));
            words[i] = text.split("\\s+").length;
            boilerplate[i] = BOILERPLATE.stream().anyMatch(p -> p.matcher(text).find());
        }
        for (int i = 0; i < n; i++) boilerplate[i] |= heading(i);
        for (List<String> t : terms) vectors.add(vector(t));
    }

    /** Whether sentence {@code i} is a short paragraph of its own that ends no sentence: see {@link #HEADING_MAX_WORDS}. */
    private boolean heading(int i) {
        int paragraph = sentences.get(i).paragraph();
        if (i > 0 && sentences.get(i - 1).paragraph() == paragraph) return false;
        if (i + 1 < size() && sentences.get(i + 1).paragraph() == paragraph) return false;
        String text = sentences.get(i).text();
        return words[i] < HEADING_MAX_WORDS && SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) < 0;
    }

    int size() {
        return sentences.size();
    }

    /** Smoothed inverse sentence frequency; a term in no sentence gets the highest weight. */
    double idf(String term) {
        int n = size();
        return Math.log((n + 1.0) / (df.getOrDefault(term, 0) + 0.5));
    }

    /** An L2-normalized TF-IDF vector of {@code termList} (sublinear TF). */
    Map<String, Double> vector(List<String> termList) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : termList) tf.merge(t, 1, Integer::sum);
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf(e.getKey());
            v.put(e.getKey(), w);
            norm += w * w;
        }
        if (norm > 0) {
            double len = Math.sqrt(norm);
            v.replaceAll((k, w) -> w / len);
        }
        return v;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) return cosine(b, a);
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) dot += e.getValue() * w;
        }
        return dot;
    }

    double similarity(int i, int j) {
        return cosine(vectors.get(i), vectors.get(j));
    }
}
