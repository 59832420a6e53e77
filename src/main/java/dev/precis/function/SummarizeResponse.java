package dev.precis.function;

import dev.precis.model.StoredResult;

/**
 * The answer to {@code POST /summarize}.
 *
 * @param location where the result is stored
 * @param reused   true when an identical stored result was returned (no LLM call)
 * @param result   the stored {@code precis.summary/v1} document
 */
public record SummarizeResponse(String location, boolean reused, StoredResult result) {
}
