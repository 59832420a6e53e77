package dev.precis.model;

import java.util.List;

/**
 * The answer to one question. {@code status} is {@link #ANSWERED} with an answer and at least one
 * verified quote, or {@link #NOT_STATED} with neither.
 */
public record Answer(String question, String status, String answer, List<Quote> quotes) {

    public static final String ANSWERED = "answered";
    public static final String NOT_STATED = "not_stated";

    public Answer {
        quotes = quotes == null ? null : List.copyOf(quotes);
    }

    public static Answer notStated(String question) {
        return new Answer(question, NOT_STATED, null, null);
    }
}
