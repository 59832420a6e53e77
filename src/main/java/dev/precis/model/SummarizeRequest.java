package dev.precis.model;

import java.util.List;

/**
 * What a caller asks for: exactly one source ({@code url}, {@code html}, {@code s3} or {@code text})
 * and optional questions. Validation (exactly one source, limits) happens where requests are parsed;
 * a record that exists is valid.
 *
 * @param url       an http(s) URL to fetch, or null
 * @param html      raw HTML, or null
 * @param baseUrl   the URL {@code html} was served from (resolves links, keys the result), or null
 * @param s3        an S3 object holding HTML or text, or null
 * @param text      plain article text, or null
 * @param file      a local file (CLI only; never accepted from a remote caller), or null
 * @param questions questions to answer from the article, never null (may be empty)
 */
public record SummarizeRequest(String url, String html, String baseUrl, S3Location s3, String text,
                               String file, List<String> questions) {

    public SummarizeRequest {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public static SummarizeRequest ofUrl(String url, List<String> questions) {
        return new SummarizeRequest(url, null, null, null, null, null, questions);
    }

    public static SummarizeRequest ofHtml(String html, String baseUrl, List<String> questions) {
        return new SummarizeRequest(null, html, baseUrl, null, null, null, questions);
    }

    public static SummarizeRequest ofS3(S3Location s3, List<String> questions) {
        return new SummarizeRequest(null, null, null, s3, null, null, questions);
    }

    public static SummarizeRequest ofText(String text, List<String> questions) {
        return new SummarizeRequest(null, null, null, null, text, null, questions);
    }

    public static SummarizeRequest ofFile(String file, List<String> questions) {
        return new SummarizeRequest(null, null, null, null, null, file, questions);
    }

    /** Which of the source fields is set. */
    public SourceKind kind() {
        if (url != null) return SourceKind.URL;
        if (html != null) return SourceKind.HTML;
        if (s3 != null) return SourceKind.S3;
        if (text != null) return SourceKind.TEXT;
        return SourceKind.FILE;
    }
}
