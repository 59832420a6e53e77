/**
 * Gets the raw bytes of a source — an http(s) URL (address-checked, size- and time-capped), an S3
 * object, or a local file — and decodes them to text with the right charset.
 */
package dev.precis.fetch;
