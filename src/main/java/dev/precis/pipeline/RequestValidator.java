package dev.precis.pipeline;

import dev.precis.fetch.UrlSyntax;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.SummarizeRequest;
import dev.precis.store.Layout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Checks a request against the rules and limits before any work: each failure names its field. */
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
        List<String> sources = new ArrayList<>();
        if (r.url() != null) sources.add("url");
        if (r.html() != null) sources.add("html");
        if (r.s3() != null) sources.add("s3");
        if (r.text() != null) sources.add("text");
        if (r.file() != null) sources.add("file");
        if (sources.isEmpty()) {
            throw invalid("a source is required: one of url, html, s3 or text", "url");
        }
        if (sources.size() > 1) {
            throw invalid("exactly one source is allowed, got " + String.join(" and ", sources), sources.get(1));
        }
        if (r.baseUrl() != null && r.html() == null) {
            throw invalid("baseUrl goes only with html", "baseUrl");
        }
        if (r.baseUrl() != null && !r.baseUrl().matches("(?i)https?://\\S+")) {
            throw invalid("baseUrl must be an http(s) URL", "baseUrl");
        }
        if (r.url() != null && r.url().isBlank()) throw invalid("url is empty", "url");
        // Before anything is derived from them (where the result goes): a URL no parser agrees on is
        // the caller's mistake, invalid_url, never an internal error.
        if (r.url() != null) UrlSyntax.parse(r.url(), "url");
        if (r.baseUrl() != null) UrlSyntax.parse(r.baseUrl(), "baseUrl");
        checkSize(r.html(), "html");
        checkSize(r.text(), "text");
        if (r.html() != null && r.html().isBlank()) throw invalid("html is empty", "html");
        if (r.text() != null && r.text().isBlank()) throw invalid("text is empty", "text");
        if (r.s3() != null) {
            if (r.s3().bucket() == null || r.s3().bucket().isBlank()) throw invalid("s3.bucket is required", "s3.bucket");
            if (r.s3().key() == null || r.s3().key().isBlank()) throw invalid("s3.key is required", "s3.key");
            if (Layout.isOutput(r.s3().key())) {
                throw invalid("s3.key names a Precis result, not an article: " + r.s3().key(), "s3.key");
            }
        }
        if (r.file() != null && Layout.isOutput(r.file())) {
            throw invalid("the file is a Precis result, not an article: " + r.file(), "file");
        }
        if (r.questions().size() > maxQuestions) {
            throw invalid("at most " + maxQuestions + " questions are allowed (precis.questions.max), got "
                    + r.questions().size(), "questions");
        }
        for (int i = 0; i < r.questions().size(); i++) {
            String q = r.questions().get(i);
            if (q == null || q.isBlank()) throw invalid("question " + i + " is empty", "questions[" + i + "]");
            if (q.length() > maxQuestionLength) {
                throw invalid("question " + i + " is longer than " + maxQuestionLength
                        + " characters (precis.questions.max-length)", "questions[" + i + "]");
            }
        }
    }

    private void checkSize(String value, String field) {
        if (value != null && value.length() > maxBytes / 4 && value.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new PrecisException(ErrorCode.TOO_LARGE,
                    field + " is larger than precis.fetch.max-bytes (" + maxBytes + " bytes)", field);
        }
    }

    private static PrecisException invalid(String message, String field) {
        return new PrecisException(ErrorCode.INVALID_REQUEST, message, field);
    }
}
