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
import dev.precis.model.Deadline;
import dev.precis.model.ErrorRecord;
import dev.precis.model.PrecisException;
import dev.precis.model.QuoteCounts;
import dev.precis.model.Provenance;
import dev.precis.model.RawSource;
import dev.precis.model.S3Location;
import dev.precis.model.SourceInfo;
import dev.precis.model.SummarizeRequest;
import dev.precis.model.StoredResult;
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
 * result whole beside its source. Where the result goes is known from the request alone, so the request
 * first claims that location ({@link InFlight}: a true duplicate in this instance waits, nothing else
 * does), and the lookup of (4) starts with (2), on another thread: against S3 it overlaps the source's
 * GET instead of following it. Thread-safe; one instance serves every request.
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
    private final InFlight inFlight = new InFlight();
    /** Runs the early lookups of earlier results (step 4 begun beside steps 2-3); daemon threads, idle ones end. */
    private static final ExecutorService LOOKUPS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "precis-lookup");
        t.setDaemon(true);
        return t;
    });

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
    }

    /** A source as fetched, with where its copy and its result go. */
    private record Located(RawSource raw, Destination destination, String baseUri) {
    }

    /** Where a request's source copy (URL, html, text; else null) and its result go, known before any fetch. */
    private record Destination(String sourceCopy, String resultUri) {
    }

    /**
     * Processes one request end to end, with no deadline.
     *
     * @throws PrecisException with the code of the first stage that failed; nothing is stored then
     */
    public Outcome process(SummarizeRequest request) {
        return process(request, Deadline.NONE);
    }

    /**
     * Like {@link #process(SummarizeRequest)}, done by {@code deadline}: model calls and their retries end
     * before it (less {@code precis.llm.deadline-margin}), and a wait for a duplicate gives up at it.
     */
    public Outcome process(SummarizeRequest request, Deadline deadline) {
        long started = System.nanoTime();
        validator.validate(request);                                            // (1)
        Destination destination = destination(request);
        // Only a true duplicate (same result location) in this instance waits here; while this request
        // holds the claim no one else here writes its result, so the early lookup below stays the answer.
        try (InFlight.Flight claim = inFlight.claim(destination.resultUri(), deadline)) {
            long claimed = System.nanoTime();
            // (4) begins now, beside (2) and (3): a remote store's lookup costs the request no time of its own.
            Future<Optional<StoredResult>> early = LOOKUPS.submit(() -> results.find(destination.resultUri()));
            Located src;
            Article article;
            long fetched;
            try {
                src = locate(request, destination);                             // (2)
                fetched = System.nanoTime();
                article = extract(src);                                         // (3)
            } catch (RuntimeException e) {
                early.cancel(true);
                throw e;
            }
            long extracted = System.nanoTime();
            String textSha = Layout.sha256Hex(article.text().getBytes(StandardCharsets.UTF_8));
            Optional<StoredResult> previous = await(early);                     // (4)
            long looked = System.nanoTime();
            Engine engine = summarizer.engine();
            if (previous.isPresent() && sameWork(previous.get(), textSha, engine, request.questions())) {
                return new Outcome(destination.resultUri(), previous.get(), true,
                        timings(started, claimed, fetched, extracted, looked, looked, looked));
            }
            Digest digest = summarizer.summarize(article, request.questions(), deadline); // (5)
            long summarized = System.nanoTime();
            StoredResult result = result(src, article, textSha, digest, started);
            Optional<StoredResult> theirs = store(destination, src.raw(), result, previous.isPresent()); // (6)
            long ended = System.nanoTime();
            return new Outcome(destination.resultUri(), theirs.orElse(result), theirs.isPresent(),
                    timings(started, claimed, fetched, extracted, looked, summarized, ended),
                    theirs.isPresent() ? QuoteCounts.NONE : digest.quotes());
        }
    }

    /**
     * Writes the source copy (if any) and the result. A different earlier result is replaced; otherwise the
     * write is conditional, and when another instance stored this result meanwhile (a duplicate delivered
     * elsewhere) theirs is kept and returned, so there is one result, never two versions racing.
     */
    private Optional<StoredResult> store(Destination destination, RawSource raw, StoredResult result,
                                         boolean replace) {
        if (destination.sourceCopy() != null) {
            results.saveSourceIfAbsent(destination.sourceCopy(), raw.bytes(),
                    raw.contentType() == null ? "text/html" : raw.contentType());
        }
        if (replace) {
            results.save(destination.resultUri(), result);
            return Optional.empty();
        }
        if (results.saveIfAbsent(destination.resultUri(), result)) return Optional.empty();
        Optional<StoredResult> theirs = results.find(destination.resultUri());
        if (theirs.isEmpty()) results.save(destination.resultUri(), result);
        return theirs;
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

    /**
     * Where a permanent failure of {@code request} is recorded — beside its source — or empty when the
     * request names no place (inline content without a URL).
     */
    public Optional<String> errorLocation(SummarizeRequest request) {
        try {
            return request.match(
                    url -> Optional.of(layout.sourceForUrl(url.url())),
                    html -> Optional.ofNullable(html.baseUrl()).map(layout::sourceForUrl),
                    s3 -> isOwnOutput(s3.object()) || !validator.allowsBucket(s3.object().bucket())
                            ? Optional.<String>empty() : Optional.of(s3.object().uri()),
                    text -> Optional.<String>empty(),
                    file -> Optional.of(file.uri()))
                    .map(Layout::errorBeside);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether Precis wrote this object (a result, an error record, a source copy in the store): such an
     * object is never a new source, so an S3 notification for it starts no work.
     */
    public boolean isOwnOutput(S3Location object) {
        return layout.wrote(object.uri());
    }

    /** Where the result of {@code request} will be stored, known before any work (async answers name it). */
    public String resultLocation(SummarizeRequest request) {
        return destination(request).resultUri();
    }

    /**
     * Checks {@code request} against the configured limits, as {@link #process} does first.
     *
     * @throws PrecisException naming the field at fault
     */
    public void validate(SummarizeRequest request) {
        validator.validate(request);
    }

    /** Records a permanent failure beside the source; returns where, or empty when it has no place. */
    public Optional<String> recordFailure(SummarizeRequest request, PrecisException failure) {
        Optional<String> where = errorLocation(request);
        where.ifPresent(uri -> results.saveError(uri, new ErrorRecord(ErrorRecord.SCHEMA, request.sourceName(),
                failure.code().id(), failure.getMessage(), failure.field(), now())));
        return where;
    }

    private Destination destination(SummarizeRequest request) {
        return request.match(
                url -> beside(layout.sourceForUrl(url.url())),
                html -> beside(html.baseUrl() != null ? layout.sourceForUrl(html.baseUrl())
                        : layout.sourceForContent(html.html().getBytes(StandardCharsets.UTF_8), true)),
                s3 -> new Destination(null, Layout.resultBeside(s3.object().uri())),
                text -> beside(layout.sourceForContent(text.text().getBytes(StandardCharsets.UTF_8), false)),
                file -> new Destination(null, Layout.resultBeside(file.uri())));
    }

    /** A source kept as a copy in the store, its result beside the copy. */
    private static Destination beside(String sourceCopy) {
        return new Destination(sourceCopy, Layout.resultBeside(sourceCopy));
    }

    private Located locate(SummarizeRequest request, Destination d) {
        return request.match(
                url -> {
                    RawSource raw = urls.fetch(url.url());
                    return new Located(raw, d, raw.uri());
                },
                html -> new Located(new RawSource(html.baseUrl() != null ? html.baseUrl() : d.sourceCopy(),
                        html.html().getBytes(StandardCharsets.UTF_8), "text/html", "UTF-8"), d, html.baseUrl()),
                s3Source -> new Located(s3.fetch(s3Source.object()), d, null),
                text -> new Located(new RawSource(d.sourceCopy(), text.text().getBytes(StandardCharsets.UTF_8),
                        "text/plain", "UTF-8"), d, null),
                file -> new Located(files.fetch(Path.of(file.path())), d, null));
    }

    /** The early lookup's answer; its failure is the lookup's failure ({@code store_failed}). */
    private static Optional<StoredResult> await(Future<Optional<StoredResult>> lookup) {
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
    private static boolean sameWork(StoredResult previous, String textSha, Engine engine, List<String> questions) {
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

    private StoredResult result(Located src, Article a, String textSha, Digest d, long started) {
        RawSource raw = src.raw();
        SourceInfo source = new SourceInfo(raw.uri(), Layout.sha256Hex(raw.bytes()), raw.contentType(), raw.bytes().length);
        ArticleInfo article = new ArticleInfo(a.title(), a.byline(), a.published(), a.lang(), a.siteName(),
                a.canonicalUrl() != null ? a.canonicalUrl() : src.baseUri(), a.words(), textSha, a.text(),
                a.pageType(), a.markdown());
        Usage u = d.usage();
        long ms = (System.nanoTime() - started) / 1_000_000;
        Provenance provenance = new Provenance(u.engine(), u.model(), u.promptVersion(), Extractor.VERSION,
                u.inputTokens(), u.outputTokens(), u.llmCalls(), ms, now());
        return new StoredResult(StoredResult.SCHEMA, source, article, d.summary(), d.keyFacts(), d.answers(),
                provenance, d.warnings());
    }

    /** Stage times; a wait for a duplicate (started → claimed) counts in the total only. */
    private static Timings timings(long started, long claimed, long fetched, long extracted, long looked,
                                   long summarized, long ended) {
        return new Timings(ms(fetched - claimed), ms(extracted - fetched), ms(summarized - looked),
                ms(looked - extracted) + ms(ended - summarized), ms(ended - started));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
