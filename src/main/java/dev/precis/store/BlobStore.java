package dev.precis.store;

import java.util.Optional;

/** Whole objects by URI; each write is atomic: readers see the old object, the new one, or none. */
public interface BlobStore {

    /** The object's bytes, or empty when there is none. */
    Optional<byte[]> read(String uri);

    /** Writes the whole object, replacing any previous one. */
    void write(String uri, byte[] bytes, String contentType);

    /**
     * Writes the object only if none exists yet.
     *
     * @return false when an object was already there (nothing written)
     */
    boolean writeIfAbsent(String uri, byte[] bytes, String contentType);
}
