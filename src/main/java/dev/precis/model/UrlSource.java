package dev.precis.model;

import java.util.List;
import java.util.function.Function;

/**
 * A page to fetch over http(s). Whether the URL is well-formed and may be reached is the fetcher's to
 * decide ({@code invalid_url}, {@code forbidden_address}).
 *
 * @param url       the URL as given, never blank
 * @param questions questions to answer, never null
 */
public record UrlSource(String url, List<String> questions) implements SummarizeRequest {

    public UrlSource {
        url = SummarizeRequest.required(url, "url");
        questions = SummarizeRequest.questions(questions);
    }

    @Override
    public String sourceName() {
        return url;
    }

    @Override
    public <T> T match(Function<UrlSource, T> url, Function<HtmlSource, T> html, Function<S3Source, T> s3,
                       Function<TextSource, T> text, Function<FileSource, T> file) {
        return url.apply(this);
    }
}
