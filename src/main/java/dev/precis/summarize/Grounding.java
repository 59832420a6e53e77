package dev.precis.summarize;

import dev.precis.model.Answer;
import dev.precis.model.Digest;
import dev.precis.model.KeyFact;
import dev.precis.model.Quote;
import dev.precis.model.QuoteCounts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an engine's {@link Draft} against the article body and keeps only what the body supports:
 * key facts whose quote is placed, answers with at least one quote placed. What is stored as a quote
 * is always the article's own text at the offsets found, never the engine's version; offsets, the
 * {@code verified} flags and {@code match} are computed here, never taken from the engine.
 *
 * <p>A quote is placed, in this order:
 * <ol>
 *   <li>{@code exact}: it is a substring of the body as it is;</li>
 *   <li>{@code normalized}: it is a case-sensitive substring once both are normalized ({@link MatchText}:
 *       Unicode NFKC, curly quotes and dashes made straight, {@code …} as {@code ...}, whitespace runs as
 *       one space), with or without its own surrounding quotation marks;</li>
 *   <li>{@code aligned}: {@link QuoteAligner} aligns its words to the body's within a fixed tolerance
 *       (case, punctuation, ellipses, brackets, a dropped phrase, one word of its own), and never when a
 *       negation, hedge, number, date, direction or name differs.</li>
 * </ol>
 *
 * <pre>{@code
 * Digest digest = new Grounding().verify(engine.draft(article, questions), article.text(), 6);
 * }</pre>
 */
public final class Grounding {

    /** Fewest words a quote may have: a quote must be a clause or sentence, not a word or two. */
    public static final int MIN_QUOTE_WORDS = 4;

    /** Characters stripped from both ends of a quote before a second attempt at matching. */
    private static final String QUOTE_MARKS = "\"'`";

    static final String REASON_NOT_FOUND = "quote not found in the article";
    static final String REASON_TOO_SHORT = "quote shorter than " + MIN_QUOTE_WORDS + " words";
    static final String REASON_MISSING = "no quote given";
    static final String REASON_MEANING = "quote differs from the article in a word that changes its meaning"
            + " (a negation, hedge, number, date, direction or name)";

    /**
     * Where a quote was placed, and how.
     *
     * @param span  its range in the body
     * @param match {@link Quote#EXACT}, {@link Quote#NORMALIZED} or {@link Quote#ALIGNED}
     */
    public record Placement(Span span, String match) {
    }

    public Grounding() {
    }

    /**
     * Verifies every quote of {@code draft} against {@code body}; answers come one per distinct
     * question of the draft's answers, in their order.
     *
     * @param draft       what the engine proposed
     * @param body        the article body, {@link dev.precis.model.Article#text()}
     * @param maxKeyFacts most key facts to keep (the first ones verified)
     * @return the digest with verified facts and answers, and a warning for everything dropped
     */
    public Digest verify(Draft draft, String body, int maxKeyFacts) {
        List<String> questions = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Draft.ProposedAnswer a : draft.answers()) {
            if (a.question() != null && keys.add(questionKey(a.question()))) questions.add(a.question());
        }
        return verify(draft, body, maxKeyFacts, questions);
    }

    /**
     * Like {@link #verify(Draft, String, int)}, but answers exactly {@code questions}, in that order,
     * each carrying the question as asked. A draft answer belongs to a question when their texts match
     * (normalized, ignoring case), else when it stands at the question's position with a question
     * that was not asked (the engine reworded it). A question left without one becomes
     * {@code not_stated} with a warning; draft answers to other questions are ignored.
     */
    public Digest verify(Draft draft, String body, int maxKeyFacts, List<String> questions) {
        BodyIndex index = BodyIndex.of(body);
        List<String> warnings = new ArrayList<>(draft.warnings());
        Tally tally = new Tally();
        List<KeyFact> facts = verifyFacts(draft.facts(), index, maxKeyFacts, warnings, tally);
        List<Answer> answers = verifyAnswers(draft.answers(), questions, index, warnings, tally);
        String summary = draft.summary() == null ? "" : draft.summary().strip();
        if (summary.isEmpty()) warnings.add("no summary produced");
        return new Digest(summary, facts, answers, draft.usage(), warnings,
                new QuoteCounts(tally.exact, tally.normalized, tally.aligned, tally.dropped));
    }

    /** How the quotes of one draft fared. */
    private static final class Tally {
        int exact;
        int normalized;
        int aligned;
        int dropped;

        void stored(String match) {
            switch (match) {
                case Quote.EXACT -> exact++;
                case Quote.NORMALIZED -> normalized++;
                default -> aligned++;
            }
        }
    }

    /**
     * Finds {@code quote} in {@code body}: as it is, normalized, or aligned (see the class comment).
     *
     * @return the span of the original {@code body} (the first occurrence when exact or normalized), or
     *     null when the quote is blank or cannot be placed
     */
    public Span locate(String quote, String body) {
        Placement p = place(quote, body);
        return p == null ? null : p.span();
    }

    /** Like {@link #locate}, saying how the quote was found; null when it cannot be placed. */
    public Placement place(String quote, String body) {
        return quote == null || body == null ? null : place(quote, BodyIndex.of(body));
    }

    static Placement place(String quote, BodyIndex body) {
        String raw = quote.strip();
        if (raw.isEmpty()) return null;
        int at = body.body.indexOf(raw);
        if (at >= 0) return new Placement(new Span(at, at + raw.length()), Quote.EXACT);
        Span span = normalized(quote, body.text());
        if (span != null) return new Placement(span, Quote.NORMALIZED);
        QuoteAligner.Alignment a = QuoteAligner.align(quote, body, true);
        return a == null ? null : new Placement(body.words().span(a.first(), a.end()), Quote.ALIGNED);
    }

    private static Span normalized(String quote, MatchText body) {
        String q = MatchText.normalize(quote).strip();
        Span span = find(q, body);
        if (span == null) {
            String bare = stripQuoteMarks(q);
            if (!bare.equals(q)) span = find(bare, body);
        }
        return span;
    }

    private static Span find(String q, MatchText body) {
        if (q.isEmpty()) return null;
        int at = body.text.indexOf(q);
        return at < 0 ? null : body.originalSpan(at, at + q.length());
    }

    private static String stripQuoteMarks(String q) {
        int from = 0;
        int to = q.length();
        while (from < to && (QUOTE_MARKS.indexOf(q.charAt(from)) >= 0 || q.charAt(from) == ' ')) from++;
        while (to > from && (QUOTE_MARKS.indexOf(q.charAt(to - 1)) >= 0 || q.charAt(to - 1) == ' ')) to--;
        return q.substring(from, to);
    }

    /**
     * Words in a quote, as the reader counts them: whitespace-separated runs holding a letter or digit,
     * where a run in a script written without spaces (Chinese, Japanese, Thai…) counts each character.
     */
    static int wordCount(String quote) {
        int count = 0;
        for (String w : MatchText.normalize(quote).strip().split(" ")) {
            int characters = 0;
            boolean other = false;
            for (Words.Word word : Words.of(w)) {
                if (word.to() - word.from() <= 2 && Words.isCharacterScript(w.codePointAt(word.from()))) characters++;
                else other = true;
            }
            count += characters + (other ? 1 : 0);
        }
        return count;
    }

    /** Why {@code quote} cannot be used as evidence in {@code body}, or null when it can. */
    static String problem(String quote, BodyIndex body) {
        return check(quote, body, new Placement[1]);
    }

    /** Where {@code quote} is placed when it can be used as evidence (long enough, placed), else null. */
    static Placement usable(String quote, BodyIndex body) {
        if (quote == null || quote.isBlank() || wordCount(quote) < MIN_QUOTE_WORDS) return null;
        return place(quote, body);
    }

    /** Why {@code quote} cannot be used, or null when it was placed (then in {@code out[0]}). */
    private static String check(String quote, BodyIndex body, Placement[] out) {
        if (quote == null || quote.isBlank()) return REASON_MISSING;
        if (wordCount(quote) < MIN_QUOTE_WORDS) return REASON_TOO_SHORT;
        out[0] = place(quote, body);
        if (out[0] != null) return null;
        return QuoteAligner.align(quote, body, false) != null ? REASON_MEANING : REASON_NOT_FOUND;
    }

    private static List<KeyFact> verifyFacts(List<Draft.Fact> proposed, BodyIndex body, int maxKeyFacts,
                                             List<String> warnings, Tally tally) {
        List<KeyFact> kept = new ArrayList<>();
        Set<Span> seen = new HashSet<>();
        Map<String, Integer> dropped = new LinkedHashMap<>();
        int duplicates = 0;
        int overLimit = 0;
        Placement[] found = new Placement[1];
        for (Draft.Fact f : proposed) {
            String reason = check(f.quote(), body, found);
            if (reason != null) {
                dropped.merge(reason, 1, Integer::sum);
                tally.dropped++;
            } else if (!seen.add(found[0].span())) {
                duplicates++;
            } else if (kept.size() >= Math.max(0, maxKeyFacts)) {
                overLimit++;
            } else {
                Span s = found[0].span();
                String quote = body.body.substring(s.start(), s.end());
                String fact = f.fact() == null || f.fact().isBlank() ? quote : f.fact().strip();
                kept.add(new KeyFact(fact, quote, s.start(), s.end(), true, found[0].match()));
                tally.stored(found[0].match());
            }
        }
        dropped.forEach((reason, n) -> warnings.add(count(n, "key fact") + " dropped: " + reason));
        if (duplicates > 0) warnings.add(count(duplicates, "key fact") + " dropped: same quote as another");
        if (overLimit > 0) {
            warnings.add(count(overLimit, "key fact") + " dropped: over the limit of " + maxKeyFacts);
        }
        return kept;
    }

    private static List<Answer> verifyAnswers(List<Draft.ProposedAnswer> proposed, List<String> questions,
                                              BodyIndex body, List<String> warnings, Tally tally) {
        Map<String, Draft.ProposedAnswer> byQuestion = new LinkedHashMap<>();
        for (Draft.ProposedAnswer a : proposed) {
            if (a.question() != null) byQuestion.putIfAbsent(questionKey(a.question()), a);
        }
        Set<String> asked = new HashSet<>();
        for (String q : questions) asked.add(questionKey(q));
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String question = questions.get(i);
            Draft.ProposedAnswer a = byQuestion.get(questionKey(question));
            if (a == null && i < proposed.size() && proposed.get(i).question() != null
                    && !asked.contains(questionKey(proposed.get(i).question()))) {
                a = proposed.get(i);   // the engine reworded the question: take the answer in its place
            }
            if (a == null) {
                warnings.add(label(i, question) + " not answered by the engine: marked not_stated");
                answers.add(Answer.notStated(question));
            } else if (!Answer.ANSWERED.equals(a.status())) {
                if (!Answer.NOT_STATED.equals(a.status())) {
                    warnings.add(label(i, question) + " has unknown status \"" + a.status() + "\": marked not_stated");
                }
                answers.add(Answer.notStated(question));
            } else {
                answers.add(verifyAnswer(i, question, a, body, warnings, tally));
            }
        }
        return answers;
    }

    /** A question as matched to an engine's answer: normalized, trimmed, lower-case. */
    private static String questionKey(String question) {
        return MatchText.normalize(question).strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Answer verifyAnswer(int index, String question, Draft.ProposedAnswer a, BodyIndex body,
                                       List<String> warnings, Tally tally) {
        List<Quote> quotes = new ArrayList<>();
        Set<Span> seen = new HashSet<>();
        Map<String, Integer> dropped = new LinkedHashMap<>();
        Placement[] found = new Placement[1];
        for (String q : a.quotes()) {
            String reason = check(q, body, found);
            if (reason != null) {
                dropped.merge(reason, 1, Integer::sum);
                tally.dropped++;
            } else if (seen.add(found[0].span())) {
                Span s = found[0].span();
                quotes.add(new Quote(body.body.substring(s.start(), s.end()), s.start(), s.end(), true, found[0].match()));
                tally.stored(found[0].match());
            }
        }
        String label = label(index, question);
        if (quotes.isEmpty()) {
            String why = dropped.isEmpty() ? REASON_MISSING : String.join("; ", dropped.keySet());
            warnings.add(label + " marked not_stated: no supporting quote (" + why + ")");
            return Answer.notStated(question);
        }
        dropped.forEach((reason, n) -> warnings.add(count(n, "quote") + " dropped from " + label + ": " + reason));
        String text = a.answer() == null || a.answer().isBlank() ? quotes.get(0).quote() : a.answer().strip();
        return new Answer(question, Answer.ANSWERED, text, quotes);
    }

    private static String label(int index, String question) {
        return "answer " + (index + 1) + " (\"" + question + "\")";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
