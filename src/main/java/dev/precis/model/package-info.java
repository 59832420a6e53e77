/**
 * Immutable records shared by every stage: the request, the fetched source, the extracted article,
 * the digest and the stored result, plus the one exception type that carries a stable error code.
 * Depends on the JDK only.
 */
package dev.precis.model;
