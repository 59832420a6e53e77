package dev.precis.model;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A local file, from the command line only: no remote caller can name one.
 *
 * @param path      the file's path as given, never blank
 * @param questions questions to answer, never null
 */
public record FileSource(String path, List<String> questions) implements SummarizeRequest {

    public FileSource {
        path = SummarizeRequest.required(path, "file");
        questions = SummarizeRequest.questions(questions);
    }

    /** The file's absolute {@code file:} URI: where its result goes beside it, and how logs name it. */
    public String uri() {
        return Path.of(path).toAbsolutePath().normalize().toUri().toString();
    }

    @Override
    public String sourceName() {
        return uri();
    }

    @Override
    public <T> T match(Function<UrlSource, T> url, Function<HtmlSource, T> html, Function<S3Source, T> s3,
                       Function<TextSource, T> text, Function<FileSource, T> file) {
        return file.apply(this);
    }
}
