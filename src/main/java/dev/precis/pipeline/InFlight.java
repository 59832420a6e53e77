package dev.precis.pipeline;

import dev.precis.model.Deadline;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Single flight per result location in this instance: while one request works towards a result, a second
 * request for the same location waits for it to finish — then finds the stored result and reuses it
 * instead of calling the model again. Requests for other locations never wait, and no lock is held while
 * anyone works: a claim is an entry in a concurrent map, and waiting is on the holder's future,
 * interruptible and bounded by the waiter's deadline. (Across instances the store's conditional write
 * keeps one result.)
 */
final class InFlight {

    private final ConcurrentHashMap<String, CompletableFuture<Void>> flights = new ConcurrentHashMap<>();

    /** The claim on one location; {@link #close()} hands it to the next waiter. */
    final class Flight implements AutoCloseable {
        private final String location;
        private final CompletableFuture<Void> done;

        private Flight(String location, CompletableFuture<Void> done) {
            this.location = location;
            this.done = done;
        }

        @Override
        public void close() {
            flights.remove(location, done);
            done.complete(null);
        }
    }

    /**
     * Claims {@code location}, first waiting for whoever holds it to finish.
     *
     * @throws PrecisException {@code timeout} when the deadline passes or the thread is interrupted while
     *                         waiting (nothing was done; retrying later is right)
     */
    Flight claim(String location, Deadline deadline) {
        while (true) {
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> theirs = flights.putIfAbsent(location, mine);
            if (theirs == null) return new Flight(location, mine);
            await(theirs, location, deadline);
        }
    }

    /** Locations being worked on now (for tests and diagnostics). */
    int size() {
        return flights.size();
    }

    private static void await(CompletableFuture<Void> flight, String location, Deadline deadline) {
        try {
            flight.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new PrecisException(ErrorCode.TIMEOUT, "a duplicate request for " + location
                    + " was still being processed when the deadline came; try again later", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrecisException(ErrorCode.TIMEOUT, "interrupted while a duplicate request for " + location
                    + " was being processed", null, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a flight's future only ever completes normally", e);
        }
    }
}
