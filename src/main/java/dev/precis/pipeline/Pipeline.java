package dev.precis.pipeline;

import dev.precis.extract.Extractor;
import dev.precis.fetch.FileFetcher;
import dev.precis.fetch.S3Fetcher;
import dev.precis.fetch.TextDecoder;
import dev.precis.fetch.UrlFetcher;
import dev.precis.model.Answer;
import dev.precis.model.Article;
import dev.precis.model.ArticleInfo;
import dev.precis.model.Digest;
import dev.precis.model.ErrorCode;
import dev.precis.model.ErrorRecord;
import dev.precis.model.PrecisException;
import dev.precis.model.Provenance;
import dev.precis.model.RawSource;
import dev.precis.model.SourceInfo;
import dev.precis.model.SummarizeRequest;
import dev.precis.model.SummaryRecord;
import dev.precis.model.Usage;
import dev.precis.store.Layout;
import dev.precis.store.ResultStore;
import dev.precis.summarize.Engine;
import dev.precis.summarize.Summarizer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The order of work for one request: (1) validate, (2) get the source, (3) extract the article,
 * (4) reuse an identical earlier result if there is one, (5) summarize and verify, (6) store the
 * result whole beside its source. The lookup of (4) starts with (2), on another thread, since where the
 * result goes is known from the request alone: against S3 it overlaps the source's GET instead of
 * following it. Thread-safe; one instance serves every request.
 */
public final class Pipeline {

    private final RequestValidator validator;
    private final UrlFetcher urls;
    private final S3Fetcher s3;
    private final FileFetcher files;
    private final Extractor extractor;
    private final Summarizer summarizer;
    private final ResultStore results;
    private final Layout layout;
    private final Clock clock;
    /** Striped locks by result location: enough stripes that unrelated articles rarely wait on each other. */
    private final Stripe[] resultLocks = new Stripe[RESULT_LOCK_STRIPES];
    /** Runs the early lookups of earlier results (step 4 begun beside steps 2-3); daemon threads, idle ones end. */
    private static final ExecutorService LOOKUPS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "precis-lookup");
        t.setDaemon(true);
        return t;
    });

    /**
     * A lock stripe and how many results were stored under it: a lookup begun before the lock was taken
     * is still the answer if no result was stored under the stripe since it began.
     */
    private static final class Stripe {
        volatile long stored;
    }

    /** Number of lock stripes; far more than the records processed at once (precis.batch.concurrency). */
    private static final int RESULT_LOCK_STRIPES = 256;

    Pipeline(RequestValidator validator, UrlFetcher urls, S3Fetcher s3, FileFetcher files, Extractor extractor,
             Summarizer summarizer, ResultStore results, Layout layout, Clock clock) {
        this.validator = validator;
        this.urls = urls;
        this.s3 = s3;
        this.files = files;
        this.extractor = extractor;
        this.summarizer = summarizer;
        this.results = results;
        this.layout = layout;
        this.clock = clock;
        for (int i = 0; i < resultLocks.length; i++) resultLocks[i] = new Stripe();
    }

    /** A source as fetched, with where its copy and its result go. */
    private record Located(RawSource raw, String sourceCopy, String resultUri, String baseUri) {
    }

    /**
     * Processes one request end to end.
     *
     * @throws PrecisException with the code of the first stage that failed; nothing is stored then
     */
    public Outcome process(SummarizeRequest request) {
        return process(request, null);
    }

    /**
     * Like {@link #process(SummarizeRequest)}, with model calls and their retries finished by
     * {@code deadline} less {@code precis.llm.deadline-margin} (on Lambda:
     * {@code Instant.now().plusMillis(context.getRemainingTimeInMillis())}).
     *
     * @param deadline when the caller must have the outcome, or null for none
     */
    public Outcome process(SummarizeRequest request, Instant deadline) {
        long started = System.nanoTime();
        validator.validate(request);                                            // (1)
        // (4) begins now, beside (2) and (3): where the result goes is known before the source is read,
        // so a remote store's lookup costs the request no time of its own.
        Target target = target(request);
        Stripe stripe = lockFor(target.resultUri());
        long storedBefore = stripe.stored;
        Future<Optional<SummaryRecord>> early = LOOKUPS.submit(() -> results.find(target.resultUri()));
        Located src;
        Article article;
        long fetched;
        try {
            src = locate(request, target);                                      // (2)
            fetched = System.nanoTime();
            article = extract(src);                                             // (3)
        } catch (RuntimeException e) {
            early.cancel(true);
            throw e;
        }
        String textSha = Layout.sha256Hex(article.text().getBytes(StandardCharsets.UTF_8));
        Engine engine = summarizer.engine();
        long extracted = System.nanoTime();
        // One request per result at a time in this instance: a duplicate delivered alongside waits,
        // then finds the stored result and reuses it instead of calling the model again. The early
        // lookup is its answer unless a result was stored under this stripe since it began.
        synchronized (stripe) {
            Optional<SummaryRecord> previous = stripe.stored == storedBefore
                    ? await(early) : results.find(src.resultUri());              // (4)
            long looked = System.nanoTime();
            if (previous.isPresent() && sameWork(previous.get(), textSha, engine, request.questions())) {
                return new Outcome(src.resultUri(), previous.get(), true,
                        timings(started, fetched, extracted, looked, looked, looked));
            }
            Digest digest = summarizer.summarize(article, request.questions(), deadline); // (5)
            long summarized = System.nanoTime();
            SummaryRecord record = record(src, article, textSha, digest, started);
            if (src.sourceCopy() != null) {                                      // (6)
                results.saveSourceIfAbsent(src.sourceCopy(), src.raw().bytes(),
                        src.raw().contentType() == null ? "text/html" : src.raw().contentType());
            }
            try {
                if (previous.isPresent()) {
                    results.save(src.resultUri(), record);                       // different work: replace it
                } else if (!results.saveIfAbsent(src.resultUri(), record)) {
                    // Another instance stored this result meanwhile (a duplicate delivered elsewhere): keep
                    // theirs, so there is one result, never two versions racing.
                    Optional<SummaryRecord> theirs = results.find(src.resultUri());
                    if (theirs.isPresent()) {
                        return new Outcome(src.resultUri(), theirs.get(), true,
                                timings(started, fetched, extracted, looked, summarized, System.nanoTime()));
                    }
                    results.save(src.resultUri(), record);
                }
                return new Outcome(src.resultUri(), record, false,
                        timings(started, fetched, extracted, looked, summarized, System.nanoTime()), digest.quotes());
            } finally {
                // After the write (under the lock): a lookup begun before now may have missed it.
                stripe.stored++;
            }
        }
    }

    private Stripe lockFor(String resultUri) {
        return resultLocks[Math.floorMod(resultUri.hashCode(), resultLocks.length)];
    }

    /**
     * Extracts the article of a local file (.html/.htm, or .txt as plain text) without summarizing it.
     *
     * @throws PrecisException {@code source_not_found}, {@code too_large}, {@code unsupported_media_type}
     */
    public Article extractFile(Path file) {
        RawSource raw = files.fetch(file);
        String text = TextDecoder.decode(raw.bytes(), raw.charset());
        return raw.isPlainText() ? Article.ofPlainText(text) : extractor.extract(text, null);
    }

    /**
     * Reads the store once (a result that does not exist): throws when the store cannot be reached.
     *
     * @throws PrecisException {@code store_failed}
     */
    public void checkStore() {
        results.find(layout.base() + "/.precis-warmup" + Layout.RESULT_SUFFIX);
    }

    /** The configured engine's id, e.g. {@code openai:gpt-4o-mini} or {@code builtin-extractive}. */
    public String engineId() {
        return summarizer.engine().id();
    }

    /** The request's source as logs may show it: a URI, or {@code inline html}/{@code inline text} (never content). */
    public static String sourceOf(SummarizeRequest request) {
        try {
            return request.kind() == null ? "none" : sourceName(request);
        } catch (RuntimeException e) {
            return "none";
        }
    }

    /** Whether a key names one of Precis' own outputs ({@code .summary.json}, {@code .summary.error.json}). */
    public static boolean isOutput(String key) {
        return Layout.isOutput(key);
    }

    /**
     * Where a permanent failure of {@code request} is recorded — beside its source — or empty when the
     * request names no place (no source, or inline content without a URL).
     */
    public Optional<String> errorLocation(SummarizeRequest request) {
        try {
            if (request.s3() != null && request.s3().bucket() != null && request.s3().key() != null
                    && !request.s3().bucket().isBlank() && !Layout.isOutput(request.s3().key())) {
                return Optional.of(Layout.errorBeside(request.s3().uri()));
            }
            if (request.file() != null) return Optional.of(Layout.errorBeside(fileUri(request.file())));
            if (request.url() != null) return Optional.of(Layout.errorBeside(layout.sourceForUrl(request.url())));
            if (request.html() != null && request.baseUrl() != null) {
                return Optional.of(Layout.errorBeside(layout.sourceForUrl(request.baseUrl())));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Records a permanent failure beside the source; returns where, or empty when it has no place. */
    public Optional<String> recordFailure(SummarizeRequest request, PrecisException failure) {
        Optional<String> where = errorLocation(request);
        where.ifPresent(uri -> results.saveError(uri, new ErrorRecord(ErrorRecord.SCHEMA, sourceName(request),
                failure.code().id(), failure.getMessage(), failure.field(), now())));
        return where;
    }

    /** Where a request's source copy (URL, html, text; else null) and its result go, known before any fetch. */
    private record Target(String sourceCopy, String resultUri) {
    }

    private Target target(SummarizeRequest r) {
        String copy = switch (r.kind()) {
            case URL -> layout.sourceForUrl(r.url());
            case HTML -> r.baseUrl() != null ? layout.sourceForUrl(r.baseUrl())
                    : layout.sourceForContent(r.html().getBytes(StandardCharsets.UTF_8), true);
            case TEXT -> layout.sourceForContent(r.text().getBytes(StandardCharsets.UTF_8), false);
            case S3, FILE -> null;
        };
        String beside = switch (r.kind()) {
            case S3 -> r.s3().uri();
            case FILE -> FileFetcher.uriOf(Path.of(r.file()));
            default -> copy;
        };
        return new Target(copy, Layout.resultBeside(beside));
    }

    private Located locate(SummarizeRequest r, Target t) {
        return switch (r.kind()) {
            case URL -> {
                RawSource raw = urls.fetch(r.url());
                yield new Located(raw, t.sourceCopy(), t.resultUri(), raw.uri());
            }
            case HTML -> {
                byte[] bytes = r.html().getBytes(StandardCharsets.UTF_8);
                RawSource raw = new RawSource(r.baseUrl() != null ? r.baseUrl() : t.sourceCopy(), bytes, "text/html", "UTF-8");
                yield new Located(raw, t.sourceCopy(), t.resultUri(), r.baseUrl());
            }
            case TEXT -> {
                byte[] bytes = r.text().getBytes(StandardCharsets.UTF_8);
                yield new Located(new RawSource(t.sourceCopy(), bytes, "text/plain", "UTF-8"), t.sourceCopy(),
                        t.resultUri(), null);
            }
            case S3 -> new Located(s3.fetch(r.s3()), null, t.resultUri(), null);
            case FILE -> new Located(files.fetch(Path.of(r.file())), null, t.resultUri(), null);
        };
    }

    /** The early lookup's answer; its failure is the lookup's failure ({@code store_failed}). */
    private static Optional<SummaryRecord> await(Future<Optional<SummaryRecord>> lookup) {
        try {
            return lookup.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrecisException(ErrorCode.STORE_FAILED, "interrupted while looking up an earlier result", null, e);
        }
    }

    private Article extract(Located src) {
        String text = TextDecoder.decode(src.raw().bytes(), src.raw().charset());
        Article article = src.raw().isPlainText() ? Article.ofPlainText(text) : extractor.extract(text, src.baseUri());
        if (article.paragraphs().isEmpty() || article.text().isBlank()) {
            throw new PrecisException(ErrorCode.EMPTY_ARTICLE, "no article text found in " + src.raw().uri());
        }
        return article;
    }

    /** Same body, engine, model, prompt and questions: the earlier result is the answer (0 LLM calls). */
    private static boolean sameWork(SummaryRecord previous, String textSha, Engine engine, List<String> questions) {
        Provenance p = previous.provenance();
        if (p == null || previous.article() == null) return false;
        List<String> asked = previous.answers() == null ? List.of()
                : previous.answers().stream().map(Answer::question).toList();
        return textSha.equals(previous.article().textSha256())
                && engine.id().equals(p.engine())
                && java.util.Objects.equals(engine.model(), p.model())
                && java.util.Objects.equals(engine.promptVersion(), p.promptVersion())
                && Extractor.VERSION.equals(p.extractorVersion())
                && asked.equals(questions);
    }

    private SummaryRecord record(Located src, Article a, String textSha, Digest d, long started) {
        RawSource raw = src.raw();
        SourceInfo source = new SourceInfo(raw.uri(), Layout.sha256Hex(raw.bytes()), raw.contentType(), raw.bytes().length);
        ArticleInfo article = new ArticleInfo(a.title(), a.byline(), a.published(), a.lang(), a.siteName(),
                a.canonicalUrl() != null ? a.canonicalUrl() : src.baseUri(), a.words(), textSha, a.text());
        Usage u = d.usage();
        long ms = (System.nanoTime() - started) / 1_000_000;
        Provenance provenance = new Provenance(u.engine(), u.model(), u.promptVersion(), Extractor.VERSION,
                u.inputTokens(), u.outputTokens(), u.llmCalls(), ms, now());
        return new SummaryRecord(SummaryRecord.SCHEMA, source, article, d.summary(), d.keyFacts(), d.answers(),
                provenance, d.warnings());
    }

    private static Timings timings(long started, long fetched, long extracted, long looked, long summarized,
                                   long ended) {
        return new Timings(ms(fetched - started), ms(extracted - fetched), ms(summarized - looked),
                ms(looked - extracted) + ms(ended - summarized), ms(ended - started));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String fileUri(String file) {
        return Path.of(file).toAbsolutePath().normalize().toUri().toString();
    }

    private static String sourceName(SummarizeRequest r) {
        return switch (r.kind()) {
            case URL -> r.url();
            case HTML -> r.baseUrl() != null ? r.baseUrl() : "inline html";
            case TEXT -> "inline text";
            case S3 -> r.s3().uri();
            case FILE -> fileUri(r.file());
        };
    }
}
