/**
 * Triggers only: the Funqy HTTP function, the Lambda stream handler (API Gateway, SQS, S3
 * notifications, direct invokes) and the CLI. Each turns its input into a request and the outcome
 * into its own kind of response.
 */
package dev.precis.function;
