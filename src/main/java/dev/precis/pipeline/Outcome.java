package dev.precis.pipeline;

import dev.precis.model.QuoteCounts;
import dev.precis.model.StoredResult;

/**
 * What processing one request produced.
 *
 * @param location where the result is stored ({@code s3://…} or {@code file:/…})
 * @param result   the stored result
 * @param reused   true when an identical earlier result was returned without calling the engine
 * @param timings  where the time went
 * @param quotes   how this request's quotes were found and how many were dropped ({@link QuoteCounts#NONE}
 *                 when reused)
 */
public record Outcome(String location, StoredResult result, boolean reused, Timings timings, QuoteCounts quotes) {

    public Outcome {
        quotes = quotes == null ? QuoteCounts.NONE : quotes;
    }

    public Outcome(String location, StoredResult result, boolean reused, Timings timings) {
        this(location, result, reused, timings, QuoteCounts.NONE);
    }

    public Outcome(String location, StoredResult result, boolean reused) {
        this(location, result, reused, Timings.NONE);
    }
}
