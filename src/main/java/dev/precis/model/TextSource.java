package dev.precis.model;

import java.util.List;
import java.util.function.Function;

/**
 * Plain article text sent with the request, paragraphs separated by blank lines.
 *
 * @param text      the text, never blank
 * @param questions questions to answer, never null
 */
public record TextSource(String text, List<String> questions) implements SummarizeRequest {

    public TextSource {
        text = SummarizeRequest.required(text, "text");
        questions = SummarizeRequest.questions(questions);
    }

    @Override
    public String sourceName() {
        return "inline text";
    }

    @Override
    public <T> T match(Function<UrlSource, T> url, Function<HtmlSource, T> html, Function<S3Source, T> s3,
                       Function<TextSource, T> text, Function<FileSource, T> file) {
        return text.apply(this);
    }
}
