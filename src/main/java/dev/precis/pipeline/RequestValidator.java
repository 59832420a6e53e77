package dev.precis.pipeline;

import dev.precis.fetch.UrlSyntax;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.SummarizeRequest;
import dev.precis.store.Layout;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Checks a request against the configured limits before any work (the request's own fields were checked
 * when it was made): each failure names its field.
 */
final class RequestValidator {

    private final long maxBytes;
    private final int maxQuestions;
    private final int maxQuestionLength;
    /** Buckets S3 sources may name; empty: any. */
    private final Set<String> allowedBuckets;

    /** Where Precis writes: objects it wrote are never sources. */
    private final Layout layout;

    RequestValidator(long maxBytes, int maxQuestions, int maxQuestionLength, Set<String> allowedBuckets,
                     Layout layout) {
        this.layout = layout;
        this.maxBytes = maxBytes;
        this.maxQuestions = maxQuestions;
        this.maxQuestionLength = maxQuestionLength;
        this.allowedBuckets = Set.copyOf(allowedBuckets);
    }

    /** Whether an S3 source may name {@code bucket} ({@code precis.sources.s3.allowed-buckets}). */
    boolean allowsBucket(String bucket) {
        return allowedBuckets.isEmpty() || allowedBuckets.contains(bucket);
    }

    void validate(SummarizeRequest r) {
        // The URLs first, before anything is derived from them (where the result goes): a URL no parser
        // agrees on (a backslash, white space, an unclosed bracket) is the caller's mistake, invalid_url,
        // never an internal error.
        r.match(
                url -> syntax(url.url(), "url"),
                html -> {
                    if (html.baseUrl() != null) syntax(html.baseUrl(), "baseUrl");
                    return checkSize(html.html(), "html");
                },
                s3 -> layout.wrote(s3.object().uri())
                        ? fail("s3.key names an object Precis wrote (a result or a source copy), not an article: "
                                + s3.object().key(), "s3.key")
                        : checkBucket(s3.object().bucket()),
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

    private Void checkBucket(String bucket) {
        if (!allowsBucket(bucket)) {
            throw new PrecisException(ErrorCode.FORBIDDEN_SOURCE, "bucket '" + bucket
                    + "' is not one this function reads sources from (precis.sources.s3.allowed-buckets)", "s3.bucket");
        }
        return null;
    }

    private static Void syntax(String url, String field) {
        UrlSyntax.parse(url, field);
        return null;
    }

    private static Void fail(String message, String field) {
        throw invalid(message, field);
    }

    private static PrecisException invalid(String message, String field) {
        return new PrecisException(ErrorCode.INVALID_REQUEST, message, field);
    }
}
