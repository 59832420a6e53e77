package dev.precis.function;

import dev.precis.model.Deadline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the items of a batch side by side, at most {@code concurrency} at a time, and stops waiting
 * {@code safetyMargin} before the invocation's deadline: an item that has not finished by then is
 * reported as {@link Status#OUT_OF_TIME} so the caller can hand it back for a retry.
 */
public final class BatchRunner {

    /** How one item ended. */
    public enum Status { DONE, FAILED, OUT_OF_TIME }

    /** One item's end: its status and, when it failed, why. */
    public record Result(Status status, Throwable failure) {
    }

    private final int concurrency;
    private final Duration safetyMargin;
    private final ExecutorService executor;

    public BatchRunner(int concurrency, Duration safetyMargin) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("precis.batch.concurrency must be at least 1, got " + concurrency);
        }
        this.concurrency = concurrency;
        this.safetyMargin = safetyMargin;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "precis-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code items} and returns one result per item, in order.
     *
     * @param deadline when the invocation ends (Lambda's), or {@link Deadline#NONE}: items not finished
     *                 {@code safetyMargin} before it are {@link Status#OUT_OF_TIME}
     */
    public List<Result> run(List<Callable<?>> items, Deadline deadline) {
        Deadline stop = deadline.minus(safetyMargin);
        Semaphore slots = new Semaphore(concurrency);
        List<Future<?>> futures = new ArrayList<>();
        for (Callable<?> item : items) {
            futures.add(executor.submit(() -> {
                slots.acquire();
                try {
                    if (stop.expired()) {
                        throw new TimeoutException("not started before the deadline");
                    }
                    return item.call();
                } finally {
                    slots.release();
                }
            }));
        }
        List<Result> results = new ArrayList<>();
        for (Future<?> f : futures) {
            results.add(await(f, stop));
        }
        return results;
    }

    private static Result await(Future<?> f, Deadline stop) {
        try {
            f.get(stop.remainingNanos(), TimeUnit.NANOSECONDS);
            return new Result(Status.DONE, null);
        } catch (TimeoutException | CancellationException e) {
            f.cancel(true);
            return new Result(Status.OUT_OF_TIME, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return cause instanceof TimeoutException
                    ? new Result(Status.OUT_OF_TIME, cause)
                    : new Result(Status.FAILED, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            return new Result(Status.OUT_OF_TIME, e);
        }
    }
}
