package dev.precis.model;

import java.util.List;
import java.util.function.Function;

/**
 * An object in S3 holding HTML or text; its result goes beside it.
 *
 * @param object    the object, bucket and key never blank
 * @param questions questions to answer, never null
 */
public record S3Source(S3Location object, List<String> questions) implements SummarizeRequest {

    public S3Source {
        if (object == null) throw SummarizeRequest.invalid("s3 is required", "s3");
        SummarizeRequest.required(object.bucket(), "s3.bucket");
        SummarizeRequest.required(object.key(), "s3.key");
        questions = SummarizeRequest.questions(questions);
    }

    @Override
    public String sourceName() {
        return object.uri();
    }

    @Override
    public <T> T match(Function<UrlSource, T> url, Function<HtmlSource, T> html, Function<S3Source, T> s3,
                       Function<TextSource, T> text, Function<FileSource, T> file) {
        return s3.apply(this);
    }
}
