package dev.precis.function;

import dev.precis.model.Deadline;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchRunnerTest {

    @Test
    void runsItemsSideBySideButNeverMoreThanTheBound() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        List<Callable<?>> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(() -> {
                peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.sleep(50);
                running.decrementAndGet();
                return null;
            });
        }
        List<BatchRunner.Result> results = new BatchRunner(3, Duration.ZERO).run(items, Deadline.in(Duration.ofSeconds(60)));
        assertTrue(results.stream().allMatch(r -> r.status() == BatchRunner.Status.DONE));
        assertEquals(3, peak.get());
    }

    @Test
    void reportsEachFailureWithItsCause() {
        IllegalStateException boom = new IllegalStateException("boom");
        List<BatchRunner.Result> results = new BatchRunner(2, Duration.ZERO).run(List.of(
                () -> null, () -> { throw boom; }), Deadline.in(Duration.ofSeconds(60)));
        assertEquals(BatchRunner.Status.DONE, results.get(0).status());
        assertEquals(BatchRunner.Status.FAILED, results.get(1).status());
        assertEquals(boom, results.get(1).failure());
    }

    @Test
    void itemsNotFinishedBeforeTheSafetyMarginAreOutOfTime() {
        List<BatchRunner.Result> results = new BatchRunner(1, Duration.ofMillis(900)).run(List.of(
                () -> { Thread.sleep(300); return null; },
                () -> { Thread.sleep(10_000); return null; },
                () -> null), Deadline.in(Duration.ofMillis(1_000)));
        assertEquals(BatchRunner.Status.OUT_OF_TIME, results.get(1).status(), "still running at the deadline");
        assertEquals(BatchRunner.Status.OUT_OF_TIME, results.get(2).status(), "never started");
    }

    @Test
    void noDeadlineLetsEveryItemFinish() {
        List<BatchRunner.Result> results = new BatchRunner(1, Duration.ofSeconds(10)).run(List.of(() -> null),
                Deadline.NONE);
        assertEquals(BatchRunner.Status.DONE, results.get(0).status());
    }
}
