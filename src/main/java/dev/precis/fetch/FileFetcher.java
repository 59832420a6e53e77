package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.RawSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a local file (CLI only), capped in bytes; an HTML page is slimmed of scripts, styles and inline data ({@link HtmlSlimmer}). */
public final class FileFetcher {

    private final long maxBytes;

    public FileFetcher(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** @throws PrecisException {@code source_not_found}, {@code too_large}, {@code unsupported_media_type} */
    /** The URI a file's source has (and its result is named beside): absolute, normalized {@code file:} URI. */
    public static String uriOf(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    public RawSource fetch(Path file) {
        java.util.function.Supplier<PrecisException> tooLarge = () -> new PrecisException(ErrorCode.TOO_LARGE,
                file + " is larger than precis.fetch.max-bytes (" + maxBytes + " bytes)", "file");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = HtmlSlimmer.read(HtmlSlimmer.capped(in, HtmlSlimmer.rawCap(maxBytes), tooLarge), maxBytes, tooLarge);
            String type = MediaTypes.accept(MediaTypes.fromFileName(file.getFileName().toString()), bytes, "file");
            return new RawSource(uriOf(file), bytes, type, null);
        } catch (NoSuchFileException e) {
            throw new PrecisException(ErrorCode.SOURCE_NOT_FOUND, "no such file: " + file, "file", e);
        } catch (IOException e) {
            throw new PrecisException(ErrorCode.SOURCE_NOT_FOUND, "cannot read " + file + ": " + e.getMessage(), "file", e);
        }
    }
}
