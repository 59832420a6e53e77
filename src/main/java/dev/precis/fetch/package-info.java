/**
 * Gets the raw bytes of a source — an http(s) URL, an S3 object, or a local file — and decodes them to
 * text with the right charset. URLs are fetched SSRF-safe: each hop's host is checked and resolved once
 * ({@link dev.precis.fetch.AddressPolicy}) and the connection is pinned to the checked address
 * ({@link dev.precis.fetch.UrlFetcher} explains why it speaks HTTP/1.1 itself); bodies are capped in
 * bytes received and decompressed, and in time.
 */
package dev.precis.fetch;
