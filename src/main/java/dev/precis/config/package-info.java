/**
 * Typed configuration ({@code precis.*}, every key overridable by a {@code PRECIS_*} environment
 * variable), the same for the Lambda, {@code quarkus dev} and the CLI.
 */
package dev.precis.config;
