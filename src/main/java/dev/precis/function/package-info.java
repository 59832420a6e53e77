/**
 * Triggers only: the Funqy HTTP function, the Lambda stream handler (API Gateway, SQS batches with
 * their {@link dev.precis.function.BatchRunner}, S3 notifications, direct invokes) and the CLI. Each turns
 * its input into a request and the outcome into its own kind of response, with one log line and one
 * metric line per article ({@link dev.precis.function.Metrics}).
 */
package dev.precis.function;
