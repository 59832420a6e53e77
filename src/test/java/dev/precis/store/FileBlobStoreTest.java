package dev.precis.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileBlobStoreTest {

    private final FileBlobStore store = new FileBlobStore();

    @Test
    void writesWholeFilesAndLeavesNoTemporaries(@TempDir Path dir) throws Exception {
        String uri = dir.resolve("a/b/x.summary.json").toUri().toString();
        store.write(uri, "one".getBytes(), "application/json");
        store.write(uri, "two".getBytes(), "application/json");
        assertArrayEquals("two".getBytes(), store.read(uri).orElseThrow());
        try (var files = Files.list(dir.resolve("a/b"))) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void writeIfAbsentNeverReplaces(@TempDir Path dir) {
        String uri = dir.resolve("x.html").toUri().toString();
        assertTrue(store.writeIfAbsent(uri, "first".getBytes(), "text/html"));
        assertFalse(store.writeIfAbsent(uri, "second".getBytes(), "text/html"));
        assertArrayEquals("first".getBytes(), store.read(uri).orElseThrow());
    }

    @Test
    void missingFilesReadAsEmpty(@TempDir Path dir) {
        assertTrue(store.read(dir.resolve("none.json").toUri().toString()).isEmpty());
    }
}
