package dev.precis.pipeline;

import dev.precis.model.StoredResult;

/**
 * What processing one request produced.
 *
 * @param location where the result is stored ({@code s3://…} or {@code file:/…})
 * @param result   the stored result
 * @param reused   true when an identical earlier result was returned without calling the engine
 * @param timings  where the time went
 */
public record Outcome(String location, StoredResult result, boolean reused, Timings timings) {

    public Outcome(String location, StoredResult result, boolean reused) {
        this(location, result, reused, Timings.NONE);
    }
}
