package dev.precis.function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.precis.model.Article;
import dev.precis.model.ErrorCode;
import dev.precis.model.FileSource;
import dev.precis.model.PrecisException;
import dev.precis.model.SummarizeRequest;
import dev.precis.model.UrlSource;
import dev.precis.pipeline.Outcome;
import dev.precis.pipeline.Pipeline;
import dev.precis.pipeline.PipelineFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code bin/precis}: {@code extract [--out DIR] FILE…} and {@code summarize [--question Q]… SOURCE…}.
 * Exit codes: 0 ok, 2 usage, 3 input rejected, 4 upstream failure; errors as
 * {@code precis: <code>: <message>} on stderr, one line each.
 */
public final class Cli {

    static final int OK = 0;
    static final int USAGE = 2;
    static final int REJECTED = 3;
    static final int UPSTREAM = 4;

    static final String USAGE_TEXT = """
            usage: precis extract [--out DIR] FILE...
                   precis summarize [--question Q]... SOURCE...
              extract    writes DIR/<name>.json (title, byline, publishedTime, lang, siteName, excerpt, text, pageType, markdown)
                         for each HTML file (DIR defaults to the current directory)
              summarize  summarizes each SOURCE (.html/.htm/.txt file or http(s) URL) and writes
                         x.summary.json beside each file (URL results go to PRECIS_STORE_URI); prints its path
            configuration: PRECIS_LLM_PROVIDER (builtin|openai|anthropic|ollama|bedrock), PRECIS_LLM_BASE_URL, PRECIS_LLM_API_KEY,
                           PRECIS_LLM_MODEL, PRECIS_STORE_URI""";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Supplier<Pipeline> pipeline;
    private final PrintStream out;
    private final PrintStream err;

    Cli(Supplier<Pipeline> pipeline, PrintStream out, PrintStream err) {
        this.pipeline = pipeline;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Cli(PipelineFactory::fromEnvironment, System.out, System.err).run(args));
    }

    int run(String[] args) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            (args.length == 0 ? err : out).println(USAGE_TEXT);
            return args.length == 0 ? USAGE : OK;
        }
        List<String> rest = List.of(args).subList(1, args.length);
        return switch (args[0]) {
            case "extract" -> extract(rest);
            case "summarize" -> summarize(rest);
            default -> usage("unknown command '" + args[0] + "'");
        };
    }

    private int extract(List<String> args) {
        Path outDir = Path.of(".");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--out")) {
                if (i + 1 >= args.size()) return usage("--out needs a directory");
                outDir = Path.of(args.get(++i));
            } else if (a.startsWith("-")) {
                return usage("unknown option '" + a + "'");
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) return usage("extract needs at least one FILE");
        Pipeline p = configuredPipeline();
        if (p == null) return USAGE;
        int status = OK;
        for (Path file : files) {
            try {
                Article a = p.extractFile(file);
                Path target = outDir.resolve(stem(file.getFileName().toString()) + ".json");
                Files.createDirectories(outDir);
                Files.write(target, JSON.writeValueAsBytes(extractJson(a)));
                out.println(target);
            } catch (PrecisException e) {
                status = Math.max(status, fail(e));
            } catch (IOException e) {
                status = Math.max(status, fail(new PrecisException(ErrorCode.STORE_FAILED,
                        "cannot write to " + outDir + ": " + e.getMessage())));
            }
        }
        return status;
    }

    private int summarize(List<String> args) {
        List<String> questions = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--question") || a.equals("-q")) {
                if (i + 1 >= args.size()) return usage(a + " needs a question");
                questions.add(args.get(++i));
            } else if (a.startsWith("-")) {
                return usage("unknown option '" + a + "'");
            } else {
                sources.add(a);
            }
        }
        if (sources.isEmpty()) return usage("summarize needs at least one SOURCE");
        Pipeline p = configuredPipeline();
        if (p == null) return USAGE;
        int status = OK;
        for (String source : sources) {
            try {
                Outcome outcome = p.process(request(source, questions));
                out.println(display(outcome.location()));
            } catch (PrecisException e) {
                status = Math.max(status, fail(e));
            } catch (RuntimeException e) {
                status = Math.max(status, fail(new PrecisException(ErrorCode.INTERNAL, String.valueOf(e))));
            }
        }
        return status;
    }

    private static SummarizeRequest request(String source, List<String> questions) {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return new UrlSource(source, questions);
        }
        if (!(lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".txt"))) {
            throw new PrecisException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    source + ": not an .html, .htm or .txt file nor an http(s) URL", "file");
        }
        return new FileSource(source, questions);
    }

    static Map<String, Object> extractJson(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", a.title());
        m.put("byline", a.byline());
        m.put("publishedTime", a.published());
        m.put("lang", a.lang());
        m.put("siteName", a.siteName());
        m.put("excerpt", a.excerpt());
        m.put("text", a.text());
        m.put("pageType", a.pageType());
        m.put("markdown", a.markdown());
        return m;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A {@code file:} URI as a plain path; anything else as it is. */
    private static String display(String location) {
        return location.startsWith("file:") ? Path.of(URI.create(location)).toString() : location;
    }

    private int usage(String message) {
        err.println("precis: usage: " + message);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private int fail(PrecisException e) {
        err.println("precis: " + e.code().id() + ": " + e.getMessage().replace('\n', ' '));
        return e.code().isClientError() ? REJECTED : UPSTREAM;
    }

    /**
     * The pipeline built from the configuration, or null after reporting a setting that cannot work
     * (unknown provider, malformed value) — a usage error, exit 2.
     */
    private Pipeline configuredPipeline() {
        try {
            return pipeline.get();
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) t = t.getCause();
            err.println("precis: invalid_config: " + String.valueOf(t.getMessage()).replace('\n', ' '));
            return null;
        }
    }
}
