package dev.precis.summarize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The prompt resources ({@code src/main/resources/prompts/}) and their version. */
final class Prompts {

    /** Version of the prompt files; stored in provenance and part of the re-run key. */
    static final String VERSION = resource("/prompts/digest.version").strip();

    private Prompts() {
    }

    /**
     * The article as it goes into the prompt: paragraphs separated by blank lines. A closing delimiter
     * inside the text is neutralised so the article cannot end its own data block.
     */
    static String articleBlock(String text) {
        return text.replace("</article", "</ article").replace("<article", "< article");
    }

    /** Questions as a numbered list, or "(none)". */
    static String questionBlock(List<String> questions) {
        if (questions.isEmpty()) return "(none)";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            sb.append(i + 1).append(". ").append(questions.get(i).replace('\n', ' ')).append('\n');
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
