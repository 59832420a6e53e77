package dev.precis.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.precis.model.ErrorRecord;
import dev.precis.model.StoredResult;

import java.io.IOException;
import java.util.Optional;

/** Results and error records as JSON documents in a {@link BlobStore}. */
public final class ResultStore {

    /** Content type of stored results. */
    public static final String JSON = "application/json";

    /** Pretty-printed, nulls left out (an unanswered question has no {@code answer}). */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final BlobStore blobs;

    public ResultStore(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** The result at {@code uri}, or empty when there is none or it cannot be read as one. */
    public Optional<StoredResult> find(String uri) {
        return blobs.read(uri).flatMap(bytes -> {
            try {
                StoredResult r = MAPPER.readValue(bytes, StoredResult.class);
                return StoredResult.SCHEMA.equals(r.schema()) ? Optional.of(r) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** Writes the whole result. */
    public void save(String uri, StoredResult result) {
        blobs.write(uri, toJson(result), JSON);
    }

    /**
     * Writes the result only if none is stored yet (a conditional put on S3, a hard link on disk).
     *
     * @return false when another writer stored one first (nothing written)
     */
    public boolean saveIfAbsent(String uri, StoredResult result) {
        return blobs.writeIfAbsent(uri, toJson(result), JSON);
    }

    /** Writes the error record. */
    public void saveError(String uri, ErrorRecord error) {
        blobs.write(uri, toJson(error), JSON);
    }

    /** Saves a copy of a source unless one is there already. */
    public void saveSourceIfAbsent(String uri, byte[] bytes, String contentType) {
        blobs.writeIfAbsent(uri, bytes, contentType);
    }

    /** The JSON a result is stored as. */
    public static byte[] toJson(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records always serialize", e);
        }
    }
}
