package dev.precis.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * What a caller asks for: exactly one source — a {@link UrlSource}, {@link HtmlSource},
 * {@link S3Source}, {@link TextSource} or the CLI's {@link FileSource} — and questions to answer from
 * it. Each kind checks its own fields when made, so a request that exists names a usable source; the
 * limits that depend on configuration (question count and length, size) are the pipeline's.
 */
public sealed interface SummarizeRequest permits UrlSource, HtmlSource, S3Source, TextSource, FileSource {

    /** Questions to answer from the article, in order; never null, may be empty. */
    List<String> questions();

    /** The source as logs and error records may show it: a URI, or {@code inline html}/{@code inline text} — never content. */
    String sourceName();

    /**
     * The one of the five functions that fits this request's kind, applied to it: an exhaustive choice
     * over the kinds (adding a kind breaks every caller until it handles it).
     */
    <T> T match(Function<UrlSource, T> url, Function<HtmlSource, T> html, Function<S3Source, T> s3,
                Function<TextSource, T> text, Function<FileSource, T> file);

    /**
     * {@code questions} checked and copied: null is none; each question must have text.
     *
     * @throws PrecisException {@code invalid_request} naming {@code questions[i]}
     */
    static List<String> questions(List<String> questions) {
        if (questions == null) return List.of();
        List<String> copy = new ArrayList<>(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            String q = questions.get(i);
            if (q == null || q.isBlank()) throw invalid("question " + i + " is empty", "questions[" + i + "]");
            copy.add(q);
        }
        return Collections.unmodifiableList(copy);
    }

    /** {@code value} when it has text, else an {@code invalid_request} naming {@code field}. */
    static String required(String value, String field) {
        if (value == null) throw invalid(field + " is required", field);
        if (value.isBlank()) throw invalid(field + " is empty", field);
        return value;
    }

    /** An {@code invalid_request} error naming {@code field}. */
    static PrecisException invalid(String message, String field) {
        return new PrecisException(ErrorCode.INVALID_REQUEST, message, field);
    }
}
