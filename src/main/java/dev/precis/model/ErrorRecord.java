package dev.precis.model;

/**
 * Why a source could not be summarized, stored beside it as {@code x.summary.error.json} when the
 * failure is permanent (bad input), so the failure is visible where the result would have been.
 */
public record ErrorRecord(String schema, String source, String error, String message, String field, String time) {

    /** The schema identifier every stored error carries. */
    public static final String SCHEMA = "precis.error/v1";
}
