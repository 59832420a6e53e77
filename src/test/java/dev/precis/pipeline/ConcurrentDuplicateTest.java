package dev.precis.pipeline;

import dev.precis.extract.Extractor;
import dev.precis.fetch.AddressPolicy;
import dev.precis.fetch.FileFetcher;
import dev.precis.fetch.S3Fetcher;
import dev.precis.fetch.UrlFetcher;
import dev.precis.model.Article;
import dev.precis.model.Deadline;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.SummarizeRequest;
import dev.precis.model.TextSource;
import dev.precis.store.BlobStore;
import dev.precis.store.FileBlobStore;
import dev.precis.store.Layout;
import dev.precis.store.ResultStore;
import dev.precis.summarize.BuiltinEngine;
import dev.precis.summarize.Summarizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Duplicates. Processed by another instance at the same moment: the result is written with a conditional
 * put, so the slower one keeps the stored result instead of writing a second version. In this instance:
 * a true duplicate waits for the first (interruptibly, bounded by its deadline) and reuses its result;
 * different articles never wait on each other.
 */
class ConcurrentDuplicateTest {

    private static final String TEXT = "The council voted on Tuesday to close Harbor Street to cars on weekends.\n\n"
            + "Supporters said the change would help the shops, while opponents worried about parking.";

    /** A file store; the stores below change one of its operations. */
    private static class FileStore implements BlobStore {
        final FileBlobStore files = new FileBlobStore();

        @Override
        public Optional<byte[]> read(String uri) {
            return files.read(uri);
        }

        @Override
        public void write(String uri, byte[] bytes, String contentType) {
            files.write(uri, bytes, contentType);
        }

        @Override
        public boolean writeIfAbsent(String uri, byte[] bytes, String contentType) {
            return files.writeIfAbsent(uri, bytes, contentType);
        }
    }

    /** A file store in which "another instance" writes the result just before this one tries to. */
    private static final class RacedStore extends FileStore {
        private final byte[] theirs;
        private int raced;

        RacedStore(byte[] theirs) {
            this.theirs = theirs;
        }

        @Override
        public boolean writeIfAbsent(String uri, byte[] bytes, String contentType) {
            if (uri.endsWith(Layout.RESULT_SUFFIX) && raced++ == 0) {
                files.write(uri, theirs, contentType);
            }
            return files.writeIfAbsent(uri, bytes, contentType);
        }
    }

    private static Pipeline pipeline(Path dir, BlobStore blobs) {
        return pipeline(dir, blobs, new BuiltinEngine());
    }

    private static Pipeline pipeline(Path dir, BlobStore blobs, dev.precis.summarize.Engine engine) {
        return new Pipeline(new RequestValidator(1_000_000, 5, 300, Set.of(), new Layout(dir.toString())),
                new UrlFetcher(new AddressPolicy(AddressPolicy.SYSTEM_RESOLVER, false), Set.of(80, 443), 1_000_000,
                        Duration.ofSeconds(1), Duration.ofSeconds(1), 0, "test"),
                new S3Fetcher(() -> null, 1_000_000), new FileFetcher(1_000_000), new Extractor(),
                new Summarizer(engine, 6), new ResultStore(blobs), new Layout(dir.toString()),
                Clock.systemUTC());
    }

    @Test
    void theSlowerDuplicateKeepsTheStoredResult(@TempDir Path dir) throws Exception {
        // What the other instance stored: the same work, done first.
        Path other = Files.createTempDirectory("precis-other");
        Outcome first = pipeline(other, new FileBlobStore()).process(new TextSource(TEXT, List.of()));
        byte[] theirs = Files.readAllBytes(Path.of(java.net.URI.create(first.location())));

        Outcome second = pipeline(dir, new RacedStore(theirs)).process(new TextSource(TEXT, List.of()));
        assertTrue(second.reused(), "the slower duplicate reports the stored result");
        assertEquals(first.result().provenance().createdAt(), second.result().provenance().createdAt());
        try (var files = Files.list(Path.of(java.net.URI.create(second.location())).getParent())) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(Layout.RESULT_SUFFIX)).count());
        }
    }

    /** A store whose reads take a while, like S3: the early lookup is still running when the other request writes. */
    private static final class SlowReads extends FileStore {
        @Override
        public Optional<byte[]> read(String uri) {
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return files.read(uri);
        }
    }

    /** The built-in engine under another engine's control: same id, model and version. */
    private abstract static class OnTheBuiltinEngine implements dev.precis.summarize.Engine {
        final BuiltinEngine engine = new BuiltinEngine();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String id() {
            return engine.id();
        }

        @Override
        public String model() {
            return engine.model();
        }

        @Override
        public String promptVersion() {
            return engine.promptVersion();
        }
    }

    /** The built-in engine, slowed down and counting its calls. */
    private static final class CountingEngine extends OnTheBuiltinEngine {

        @Override
        public dev.precis.summarize.Draft draft(Article article, List<String> questions) {
            calls.incrementAndGet();
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return engine.draft(article, questions);
        }
    }

    @Test
    void aDuplicateAlongsideInThisInstanceReusesTheResultThoughItsEarlyLookupFoundNone(@TempDir Path dir)
            throws Exception {
        // Both lookups start (and find nothing) before either request has a result; the one that waits for
        // the lock must look again, not trust its early "none", or the model is called twice.
        CountingEngine engine = new CountingEngine();
        Pipeline p = pipeline(dir, new SlowReads(), engine);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> p.process(new TextSource(TEXT, List.of())));
            var b = pool.submit(() -> p.process(new TextSource(TEXT, List.of())));
            Outcome first = a.get();
            Outcome second = b.get();
            assertEquals(1, engine.calls.get(), "one model call for two deliveries");
            assertEquals(1, (first.reused() ? 1 : 0) + (second.reused() ? 1 : 0), "the other one reused it");
            assertEquals(first.location(), second.location());
        } finally {
            pool.shutdownNow();
        }
    }

    /** An engine that holds each call until told, so a test can see who waits for whom. */
    private static final class HeldEngine extends OnTheBuiltinEngine {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger mostInside = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        /** When set, a call returns once this many calls are inside at once (or fails after 5 s). */
        volatile CyclicBarrier together;

        @Override
        public dev.precis.summarize.Draft draft(Article article, List<String> questions) {
            calls.incrementAndGet();
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            entered.countDown();
            try {
                if (together != null) {
                    together.await(5, TimeUnit.SECONDS);
                } else {
                    release.await();
                }
            } catch (Exception e) {
                throw new IllegalStateException("not released: " + e, e);
            } finally {
                inside.decrementAndGet();
            }
            return engine.draft(article, questions);
        }
    }

    /** Two texts whose result locations fell in the same lock stripe of the old pipeline (hash mod 256). */
    private static List<String> collidingTexts(Path dir) {
        Layout layout = new Layout(dir.toString());
        java.util.Map<Integer, String> byStripe = new java.util.HashMap<>();
        for (int i = 0; ; i++) {
            String text = TEXT + "\n\nStory number " + i + " of the day.";
            String location = Layout.resultBeside(layout.sourceForContent(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), false));
            String earlier = byStripe.putIfAbsent(Math.floorMod(location.hashCode(), 256), text);
            if (earlier != null) return List.of(earlier, text);
        }
    }

    @Test
    void twoArticlesWhoseLocationsCollidedUnderTheOldLocksRunSideBySide(@TempDir Path dir) throws Exception {
        HeldEngine engine = new HeldEngine();
        engine.together = new CyclicBarrier(2);
        Pipeline p = pipeline(dir, new FileBlobStore(), engine);
        List<String> texts = collidingTexts(dir);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> p.process(new TextSource(texts.get(0), List.of())));
            var b = pool.submit(() -> p.process(new TextSource(texts.get(1), List.of())));
            Outcome first = a.get(10, TimeUnit.SECONDS);
            Outcome second = b.get(10, TimeUnit.SECONDS);
            assertEquals(2, engine.mostInside.get(), "both model calls were in flight at once");
            assertFalse(first.reused() || second.reused());
            assertFalse(first.location().equals(second.location()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anInterruptedWaiterLeavesAtOnceAndTheFirstStillFinishes(@TempDir Path dir) throws Exception {
        HeldEngine engine = new HeldEngine();
        Pipeline p = pipeline(dir, new FileBlobStore(), engine);
        var pool = Executors.newFixedThreadPool(1);
        try {
            var first = pool.submit(() -> p.process(new TextSource(TEXT, List.of())));
            assertTrue(engine.entered.await(5, TimeUnit.SECONDS));
            var failure = new AtomicReference<Throwable>();
            Thread waiter = new Thread(() -> {
                try {
                    p.process(new TextSource(TEXT, List.of()));
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            waiter.start();
            waiter.join(300);
            assertTrue(waiter.isAlive(), "the duplicate waits while the first works");
            waiter.interrupt();   // as the batch runner does when a record's time is up
            waiter.join(2_000);
            assertFalse(waiter.isAlive(), "the interrupted waiter left while the first still worked");
            PrecisException e = assertInstanceOf(
                    PrecisException.class, failure.get());
            assertEquals(ErrorCode.TIMEOUT, e.code());
            engine.release.countDown();
            assertFalse(first.get(5, TimeUnit.SECONDS).reused());
            assertEquals(1, engine.calls.get(), "the interrupted waiter made no model call");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWaiterGivesUpAtItsDeadlineWithATimeout(@TempDir Path dir) throws Exception {
        HeldEngine engine = new HeldEngine();
        Pipeline p = pipeline(dir, new FileBlobStore(), engine);
        var pool = Executors.newFixedThreadPool(1);
        try {
            var first = pool.submit(() -> p.process(new TextSource(TEXT, List.of())));
            assertTrue(engine.entered.await(5, TimeUnit.SECONDS));
            long start = System.nanoTime();
            PrecisException e = assertThrows(
                    PrecisException.class, () -> p.process(new TextSource(TEXT, List.of()),
                            Deadline.in(Duration.ofMillis(300))));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(ErrorCode.TIMEOUT, e.code());
            assertTrue(e.code().retryable(), "SQS retries it later; by then the first has stored the result");
            assertTrue(ms >= 250 && ms < 3_000, "waited " + ms + " ms for a 300 ms deadline");
            engine.release.countDown();
            first.get(5, TimeUnit.SECONDS);
            assertTrue(p.process(new TextSource(TEXT, List.of())).reused(), "the retry reuses the first's result");
            assertEquals(1, engine.calls.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
