package dev.precis.summarize;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.precis.model.Deadline;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One model call made resilient: at most {@code max-concurrent-calls} in flight per instance, retries on
 * 429/5xx/timeouts/connection errors with exponential backoff and jitter (or the provider's
 * {@code Retry-After}), and never past the caller's deadline less {@code deadline-margin}. Failures
 * become {@code llm_unavailable} (worth retrying later) or {@code llm_rejected} (not).
 */
final class LlmCaller {

    /** First backoff; doubled per retry. */
    static final Duration BASE_BACKOFF = Duration.ofMillis(500);
    /** Longest backoff between two attempts. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    /** Least time worth starting an attempt with. */
    static final Duration MIN_ATTEMPT = Duration.ofSeconds(1);
    /** Backoffs are scaled by a random factor in [JITTER_FLOOR, 1]. */
    private static final double JITTER_FLOOR = 0.5;

    /** Runs calls that must end by a deadline; threads are daemons, created as needed. */
    private static final ExecutorService CALLS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "precis-llm-call");
        t.setDaemon(true);
        return t;
    });

    /** Waits between attempts; tests record instead of sleeping. */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final ChatModel model;
    private final LlmOptions options;
    private final Semaphore slots;
    private final Sleeper sleeper;

    LlmCaller(ChatModel model, LlmOptions options, Sleeper sleeper) {
        this.model = model;
        this.options = options;
        this.slots = new Semaphore(options.maxConcurrentCalls(), true);
        this.sleeper = sleeper;
    }

    /**
     * Sends {@code request}, retrying what may succeed on a second try. Each attempt's budget — the one
     * time limit of a call — is {@code precis.llm.timeout}, cut short by the deadline less
     * {@code deadline-margin}; when it is spent the attempt's thread is interrupted, which the provider's
     * HTTP client answers by closing the connection.
     *
     * @param deadline when the caller must have an answer, or {@link Deadline#NONE}
     * @throws PrecisException {@code llm_unavailable} or {@code llm_rejected}
     */
    ChatResponse call(ChatRequest request, Deadline deadline) {
        Deadline end = deadline.minus(options.deadlineMargin());
        acquire(end);
        try {
            for (int attempt = 0; ; attempt++) {
                if (end.remaining(MIN_ATTEMPT).compareTo(MIN_ATTEMPT) < 0) {
                    throw new PrecisException(ErrorCode.TIMEOUT, "no time left for a model call before the deadline "
                            + "(precis.llm.deadline-margin " + options.deadlineMargin().toMillis() + " ms kept free)", null);
                }
                try {
                    return within(request, end);
                } catch (RuntimeException e) {
                    if (e instanceof PrecisException p && p.code() == ErrorCode.TIMEOUT) throw p; // the deadline came
                    Failure f = classify(e);
                    if (f.rejected()) {
                        throw new PrecisException(ErrorCode.LLM_REJECTED, "the model refused the request: " + f.message(), null, e);
                    }
                    if (!f.retryable()) throw unavailable("the model call failed: " + f.message(), e);
                    if (attempt >= options.maxRetries()) {
                        throw unavailable("the model could not be reached after " + (attempt + 1) + " attempt"
                                + (attempt == 0 ? "" : "s") + " (precis.llm.max-retries " + options.maxRetries() + "): "
                                + f.message(), e);
                    }
                    int tried = attempt;
                    Duration wait = f.retryAfter().orElseGet(() -> backoff(tried));
                    Duration needed = wait.plus(MIN_ATTEMPT);
                    if (end.remaining(needed).compareTo(needed) < 0) {
                        throw unavailable("the model could not be reached and a retry in " + wait.toMillis()
                                + " ms would pass the deadline: " + f.message(), e);
                    }
                    sleep(wait);
                }
            }
        } finally {
            slots.release();
        }
    }

    /** Exponential backoff with jitter: {@code BASE_BACKOFF · 2^attempt}, capped, times [0.5, 1]. */
    static Duration backoff(int attempt) {
        long ms = Math.min(MAX_BACKOFF.toMillis(), BASE_BACKOFF.toMillis() << Math.min(attempt, 20));
        double jitter = JITTER_FLOOR + (1 - JITTER_FLOOR) * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis((long) (ms * jitter));
    }

    private void acquire(Deadline end) {
        try {
            long waitMs = end.remaining(options.timeout()).toMillis();
            if (!slots.tryAcquire(waitMs, TimeUnit.MILLISECONDS)) {
                throw unavailable("all " + options.maxConcurrentCalls()
                        + " model call slots stayed busy (precis.llm.max-concurrent-calls)", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while waiting for a model call slot", e);
        }
    }

    /**
     * One attempt on a thread of its own, given up (interrupted) when its budget is spent: {@code timeout}
     * when the deadline cut the budget short, {@code llm_unavailable} when the model was slower than
     * {@code precis.llm.timeout}.
     */
    private ChatResponse within(ChatRequest request, Deadline end) {
        Duration budget = end.remaining(options.timeout());
        boolean deadlineBound = budget.compareTo(options.timeout()) < 0;
        Future<ChatResponse> f = CALLS.submit(() -> model.chat(request));
        try {
            return f.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            if (deadlineBound) {
                throw new PrecisException(ErrorCode.TIMEOUT, "the model had not answered when the deadline came ("
                        + budget.toMillis() + " ms were left for the call)", null, e);
            }
            throw unavailable("the model did not answer within " + budget.toMillis() + " ms (precis.llm.timeout)", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while waiting for the model", e);
        }
    }

    private void sleep(Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while waiting to retry", e);
        }
    }

    private static PrecisException unavailable(String message, Throwable cause) {
        return new PrecisException(ErrorCode.LLM_UNAVAILABLE, message, null, cause);
    }

    /** What went wrong: worth another attempt, refused for good, or neither (unknown: not retried). */
    record Failure(boolean retryable, boolean rejected, String message, Optional<Duration> retryAfter) {
    }

    /**
     * Retryable: HTTP 408, 409, 429 and 5xx, LangChain4j's retriable exceptions (rate limit, server
     * error, timeout), I/O and connection errors, our own deadline. Rejected: other 4xx
     * (authentication, bad request, unknown model, content filter). Unknown errors: neither (not retried,
     * reported as unavailable).
     */
    static Failure classify(Throwable e) {
        Duration retryAfter = null;
        Integer status = null;
        boolean io = false;
        boolean retriable = false;
        boolean nonRetriable = false;
        boolean ourUnavailable = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProviderHttpException p && retryAfter == null) retryAfter = p.retryAfter().orElse(null);
            if (t instanceof HttpException h && status == null) status = h.statusCode();
            if (t instanceof IOException || t instanceof UncheckedIOException || t instanceof TimeoutException) io = true;
            if (t instanceof RetriableException) retriable = true;
            if (t instanceof NonRetriableException) nonRetriable = true;
            if (t instanceof PrecisException p && p.code() == ErrorCode.LLM_UNAVAILABLE) ourUnavailable = true;
        }
        String message = describe(e, status);
        if (status != null) {
            boolean retry = status == 408 || status == 409 || status == 429 || status >= 500;
            return new Failure(retry, !retry, message, Optional.ofNullable(retry ? retryAfter : null));
        }
        if (nonRetriable) return new Failure(false, true, message, Optional.empty());
        return new Failure(retriable || io || ourUnavailable, false, message, Optional.empty());
    }

    private static String describe(Throwable e, Integer status) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.length() > 300) m = m.substring(0, 300) + "…";
        return status == null ? m : "HTTP " + status + " " + m;
    }
}
