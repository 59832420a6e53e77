package dev.precis.summarize;

import dev.precis.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The prompt resources ({@code src/main/resources/prompts/}), their version, and how they are filled. */
final class Prompts {

    /** Version of the prompt files; stored in provenance and part of the re-run key. */
    static final String VERSION = resource("/prompts/digest.version").strip();

    static final String SYSTEM = resource("/prompts/digest-system.txt").strip();
    /** Appended to {@link #SYSTEM} for models without JSON-schema output. */
    static final String FORMAT = resource("/prompts/digest-format.txt").stripTrailing();
    static final String USER = resource("/prompts/digest-user.txt").strip();
    static final String PART = resource("/prompts/part-user.txt").strip();
    static final String REDUCE = resource("/prompts/reduce-user.txt").strip();
    static final String REPAIR_JSON = resource("/prompts/repair-json.txt").strip();
    static final String REPAIR_QUOTES = resource("/prompts/repair-quotes.txt").strip();

    /** Tags that delimit untrusted data in the prompts; neutralised inside the data. */
    private static final String[] DATA_TAGS = {"article", "notes", "metadata"};

    /** Longest metadata value sent (a title is a line, not a second article). */
    static final int MAX_METADATA_CHARS = 300;

    private Prompts() {
    }

    /**
     * Fills {@code {{name}}} placeholders in one pass: text put in is never read for placeholders again,
     * so an article containing {@code {{questions}}} stays text.
     */
    static String render(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 256);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("{{", i);
            int close = open < 0 ? -1 : template.indexOf("}}", open + 2);
            if (open < 0 || close < 0) {
                out.append(template, i, template.length());
                break;
            }
            String name = template.substring(open + 2, close);
            String value = values.get(name);
            if (value == null) throw new IllegalArgumentException("no value for {{" + name + "}} in a prompt");
            out.append(template, i, open).append(value);
            i = close + 2;
        }
        return out.toString();
    }

    /**
     * Untrusted text as it goes into a prompt: an opening or closing data tag inside it is broken
     * ({@code </article} → {@code </ article}), so it cannot end its own data block.
     */
    static String dataBlock(String text) {
        String s = text;
        for (String tag : DATA_TAGS) {
            s = s.replace("</" + tag, "</ " + tag).replace("<" + tag, "< " + tag);
        }
        return s;
    }

    /** The article body, delimited-safe. */
    static String articleBlock(String text) {
        return dataBlock(text);
    }

    /**
     * The article's title, site and publication date as a delimited block of untrusted data, one line
     * each (absent ones left out), or nothing when it has none. Each value is put on one line, cut to
     * {@link #MAX_METADATA_CHARS} and neutralised like the article ({@link #dataBlock}).
     */
    static String metadataBlock(Article article) {
        StringBuilder sb = new StringBuilder();
        line(sb, "title", article.title());
        line(sb, "site", article.siteName());
        line(sb, "published", article.published());
        return sb.isEmpty() ? "" : "<metadata>\n" + sb + "</metadata>\n";
    }

    private static void line(StringBuilder sb, String name, String value) {
        if (value == null || value.isBlank()) return;
        String v = value.replaceAll("[\\p{Cntrl}\\s\\u2028\\u2029]+", " ").strip();
        if (v.length() > MAX_METADATA_CHARS) v = v.substring(0, MAX_METADATA_CHARS) + "\u2026";
        sb.append(name).append(": ").append(dataBlock(v)).append('\n');
    }

    /** Questions as a numbered list, or "(none)". */
    static String questionBlock(List<String> questions) {
        if (questions.isEmpty()) return "(none)";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            sb.append(i + 1).append(". ").append(dataBlock(questions.get(i).replace('\n', ' '))).append('\n');
        }
        return sb.toString().strip();
    }

    static String resource(String name) {
        try (InputStream in = Prompts.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
