package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The one syntax rule for URLs, applied to a request's {@code url} and {@code baseUrl} before
 * anything else is done with them (where a result will go is derived from the URL first), and by
 * {@link UrlFetcher} to every hop: the text must be an RFC 3986 URI as {@link URI} parses it, with
 * none of the characters that URL parsers disagree on. A URL that fails is the caller's mistake,
 * {@code invalid_url} naming the field, never an internal error.
 *
 * <p>{@code parse("https://example.com/a", "url")} returns the URI;
 * {@code parse("http://example.com\\@127.0.0.1/", "url")} throws {@code invalid_url}.
 */
public final class UrlSyntax {

    /** Longest URL accepted, in characters (browsers and servers commonly stop near 8 KB). */
    public static final int MAX_URL_LENGTH = 8192;

    /**
     * A backslash. WHATWG parsers (browsers, many libraries) read it as {@code /} in http(s) URLs,
     * RFC 3986 parsers refuse it, and others keep it in the host or user info: {@code http://a\@b/}
     * names host {@code a} to one parser and host {@code b} to another. Refused wherever it appears.
     */
    private static final char BACKSLASH = '\\';

    private UrlSyntax() {
    }

    /**
     * The URI of {@code url}, checked as written (no white space is trimmed).
     *
     * @param field the request field the URL came from, named in the error
     * @throws PrecisException {@code invalid_url} naming {@code field} when the URL is empty, longer
     *                         than {@value #MAX_URL_LENGTH} characters, holds a backslash, white space
     *                         or a control character, or is no URI at all
     */
    public static URI parse(String url, String field) {
        if (url == null || url.isBlank()) {
            throw invalid(field + " is empty", field);
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw invalid(field + " is longer than " + MAX_URL_LENGTH + " characters", field);
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                // not echoed: it may hold line breaks meant for a log or a header
                throw invalid(field + " has white space or a control character at index " + i
                        + "; percent-encode it (a space is %20)", field);
            }
        }
        int backslash = url.indexOf(BACKSLASH);
        if (backslash >= 0) {
            throw invalid(field + " has a backslash at index " + backslash + " ('" + shorten(url)
                    + "'): parsers disagree on what it means (a browser reads it as '/'); write '/' or %5C", field);
        }
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw invalid(field + " is not a valid URL: " + e.getReason()
                    + (e.getIndex() >= 0 ? " at index " + e.getIndex() : "") + " ('" + shorten(url) + "')", field);
        }
    }

    static String shorten(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private static PrecisException invalid(String message, String field) {
        return new PrecisException(ErrorCode.INVALID_URL, message, field);
    }
}
