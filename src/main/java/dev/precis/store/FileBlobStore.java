package dev.precis.store;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Files on disk, addressed by {@code file:} URIs. Writes go to a temporary file, then an atomic rename. */
public final class FileBlobStore implements BlobStore {

    @Override
    public Optional<byte[]> read(String uri) {
        try {
            return Optional.of(Files.readAllBytes(path(uri)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new PrecisException(ErrorCode.STORE_FAILED, "cannot read " + uri + ": " + e.getMessage(), null, e);
        }
    }

    @Override
    public void write(String uri, byte[] bytes, String contentType) {
        Path target = path(uri);
        Path tmp = null;
        try {
            tmp = completeTempFile(target, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new PrecisException(ErrorCode.STORE_FAILED, "cannot write " + uri + ": " + e.getMessage(), null, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    @Override
    public boolean writeIfAbsent(String uri, byte[] bytes, String contentType) {
        Path target = path(uri);
        Path tmp = null;
        try {
            tmp = completeTempFile(target, bytes);
            // A hard link fails when the target exists: an atomic "create if absent" of a complete file.
            Files.createLink(target, tmp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException e) {
            if (Files.exists(target)) return false;
            write(uri, bytes, contentType);
            return true;
        } catch (IOException e) {
            throw new PrecisException(ErrorCode.STORE_FAILED, "cannot write " + uri + ": " + e.getMessage(), null, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** {@code bytes} in a hidden temporary file beside {@code target} (same file system: rename and link work). */
    private static Path completeTempFile(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw e;
        }
        return tmp;
    }

    static Path path(String uri) {
        return uri.startsWith("file:") ? Path.of(URI.create(uri)) : Path.of(uri);
    }

    private static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stray temporary file is harmless: it starts with '.' and ends with .tmp
        }
    }
}
