package dev.precis.summarize;

import dev.langchain4j.model.output.structured.Description;

import java.util.List;

/**
 * A {@link Draft} as a model writes it: the JSON it is asked to return (its schema is sent as the
 * structured-output format). {@link LlmEngine} turns it into the {@code Draft} that {@link Grounding} checks.
 */
record ModelDraft(
        @Description("2 to 4 sentences keeping the article's hedges and attributions") String summary,
        @Description("the most important facts, each with a verbatim quote") List<Fact> keyFacts,
        @Description("one entry per question, in the order asked") List<QuestionAnswer> answers) {

    record Fact(
            @Description("the fact in a few words") String fact,
            @Description("a complete sentence or clause copied character for character from the article") String quote) {
    }

    enum Status { answered, not_stated }

    record QuestionAnswer(
            @Description("the question as asked") String question,
            @Description("answered only when the article states it") Status status,
            @Description("the answer, or null when not stated") String answer,
            @Description("sentences copied character for character from the article that support the answer") List<String> quotes) {
    }
}
