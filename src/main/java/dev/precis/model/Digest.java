package dev.precis.model;

import java.util.List;

/**
 * What summarizing produced, after code checked every quote against the body.
 *
 * @param summary  two to four sentences
 * @param keyFacts verified key facts
 * @param answers  one per question, in question order
 * @param usage    what it cost
 * @param warnings what was dropped or doubtful, for the reader
 * @param quotes   how the quotes were found, and how many were dropped
 */
public record Digest(String summary, List<KeyFact> keyFacts, List<Answer> answers, Usage usage,
                     List<String> warnings, QuoteCounts quotes) {

    public Digest {
        keyFacts = List.copyOf(keyFacts);
        answers = List.copyOf(answers);
        warnings = List.copyOf(warnings);
        quotes = quotes == null ? QuoteCounts.NONE : quotes;
    }

    /** A digest without quote counts. */
    public Digest(String summary, List<KeyFact> keyFacts, List<Answer> answers, Usage usage, List<String> warnings) {
        this(summary, keyFacts, answers, usage, warnings, QuoteCounts.NONE);
    }
}
