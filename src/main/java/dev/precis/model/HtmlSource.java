package dev.precis.model;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Raw HTML sent with the request.
 *
 * @param html      the page, never blank
 * @param baseUrl   the http(s) URL it was served from (resolves links, keys the result), or null
 * @param questions questions to answer, never null
 */
public record HtmlSource(String html, String baseUrl, List<String> questions) implements SummarizeRequest {

    /** What a base URL looks like: http(s), no spaces. The fetcher never reads it, so this is all it must be. */
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");

    public HtmlSource {
        html = SummarizeRequest.required(html, "html");
        if (baseUrl != null && !HTTP_URL.matcher(baseUrl).matches()) {
            throw SummarizeRequest.invalid("baseUrl must be an http(s) URL", "baseUrl");
        }
        questions = SummarizeRequest.questions(questions);
    }

    @Override
    public String sourceName() {
        return baseUrl != null ? baseUrl : "inline html";
    }

    @Override
    public <T> T match(Function<UrlSource, T> url, Function<HtmlSource, T> html, Function<S3Source, T> s3,
                       Function<TextSource, T> text, Function<FileSource, T> file) {
        return html.apply(this);
    }
}
