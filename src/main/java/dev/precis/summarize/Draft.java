package dev.precis.summarize;

import dev.precis.model.Usage;

import java.util.List;

/**
 * What an engine proposes, before code checks it: quotes here are claims, not yet verified.
 *
 * @param summary two to four sentences
 * @param facts   proposed key facts with their quotes
 * @param answers one per question, in question order
 * @param usage    what producing it cost
 * @param warnings what the engine noticed on the way (a re-ask, a part skipped), for the reader
 */
public record Draft(String summary, List<Fact> facts, List<ProposedAnswer> answers, Usage usage,
                    List<String> warnings) {

    public Draft {
        facts = facts == null ? List.of() : List.copyOf(facts);
        answers = answers == null ? List.of() : List.copyOf(answers);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A draft without warnings. */
    public Draft(String summary, List<Fact> facts, List<ProposedAnswer> answers, Usage usage) {
        this(summary, facts, answers, usage, List.of());
    }

    /** A proposed key fact and the passage said to state it. */
    public record Fact(String fact, String quote) {
    }

    /**
     * A proposed answer.
     *
     * @param question the question, as asked
     * @param status   {@code answered} or {@code not_stated}
     * @param answer   the answer, or null when not stated
     * @param quotes   passages said to support it (empty when not stated)
     */
    public record ProposedAnswer(String question, String status, String answer, List<String> quotes) {
        public ProposedAnswer {
            quotes = quotes == null ? List.of() : List.copyOf(quotes);
        }
    }
}
