/**
 * The embedded S3 of {@code quarkus dev}: S3Proxy on a local folder, seeded with {@code events/objects/}, so
 * the S3 → SQS → {@code x.summary.json} path runs on a fresh clone without Docker or AWS. Started only where
 * {@code precis.dev-s3.enabled} is true (the {@code dev} profile); never part of the Lambda build, and
 * S3Proxy itself is a {@code provided} dependency, absent from every package.
 */
package dev.precis.devs3;
