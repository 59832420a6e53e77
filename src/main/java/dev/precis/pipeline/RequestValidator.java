package dev.precis.pipeline;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.SummarizeRequest;
import dev.precis.store.Layout;

import java.nio.charset.StandardCharsets;

/**
 * Checks a request against the configured limits before any work (the request's own fields were checked
 * when it was made): each failure names its field.
 */
final class RequestValidator {

    private final long maxBytes;
    private final int maxQuestions;
    private final int maxQuestionLength;

    RequestValidator(long maxBytes, int maxQuestions, int maxQuestionLength) {
        this.maxBytes = maxBytes;
        this.maxQuestions = maxQuestions;
        this.maxQuestionLength = maxQuestionLength;
    }

    void validate(SummarizeRequest r) {
        r.match(
                url -> null,
                html -> checkSize(html.html(), "html"),
                s3 -> Layout.isOutput(s3.object().key())
                        ? fail("s3.key names a Precis result, not an article: " + s3.object().key(), "s3.key") : null,
                text -> checkSize(text.text(), "text"),
                file -> Layout.isOutput(file.path())
                        ? fail("the file is a Precis result, not an article: " + file.path(), "file") : null);
        if (r.questions().size() > maxQuestions) {
            throw invalid("at most " + maxQuestions + " questions are allowed (precis.questions.max), got "
                    + r.questions().size(), "questions");
        }
        for (int i = 0; i < r.questions().size(); i++) {
            if (r.questions().get(i).length() > maxQuestionLength) {
                throw invalid("question " + i + " is longer than " + maxQuestionLength
                        + " characters (precis.questions.max-length)", "questions[" + i + "]");
            }
        }
    }

    private Void checkSize(String value, String field) {
        if (value.length() > maxBytes / 4 && value.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new PrecisException(ErrorCode.TOO_LARGE,
                    field + " is larger than precis.fetch.max-bytes (" + maxBytes + " bytes)", field);
        }
        return null;
    }

    private static Void fail(String message, String field) {
        throw invalid(message, field);
    }

    private static PrecisException invalid(String message, String field) {
        return new PrecisException(ErrorCode.INVALID_REQUEST, message, field);
    }
}
