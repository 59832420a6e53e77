package dev.precis.function;

import dev.precis.model.StoredResult;

import java.util.List;

/**
 * The answer to {@code POST /summarize} (and a direct invoke).
 *
 * @param location where the result is stored
 * @param reused   true when an identical stored result was returned (no LLM call)
 * @param result   the stored {@code precis.summary/v1} document, without {@code article.text} unless the
 *                 request's {@code include} asked for it
 * @param omitted  what was asked for but left out because the answer would pass Lambda's size limit
 *                 ({@code article.text}; read it from {@code location}), or null
 */
public record SummarizeResponse(String location, boolean reused, StoredResult result, List<String> omitted) {
}
