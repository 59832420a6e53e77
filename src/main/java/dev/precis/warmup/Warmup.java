package dev.precis.warmup;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.config.PrecisConfig;
import dev.precis.pipeline.Outcome;
import dev.precis.pipeline.Pipeline;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import javax.net.ssl.SSLContext;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Does while the function initializes what the first event would otherwise pay for: builds the pipeline
 * (HTTP fetcher, model client, stores), looks up one result that does not exist in the
 * store (for an S3 store: one real GET answered 404, through the real transport), runs the
 * {@link Rehearsal} (one whole request through the real stages and model client, with canned replies in
 * place of the network) and sets up TLS (the JDK's default context and trust store). On Lambda the init
 * phase runs before the first event is received — and with SnapStart, once, before the snapshot.
 *
 * <p>The three parts load mostly different classes, so they run side by side: the rehearsal and TLS
 * each on a short-lived thread, the rest on the caller's. No model is called and nothing is written.
 * {@code precis.warmup.enabled=false} leaves only the building of the beans.
 */
@ApplicationScoped
public class Warmup {

    private static final Logger LOG = Logger.getLogger(Warmup.class);
    /** Longest the start waits for a side part; a slower part is abandoned (requests are not affected). */
    private static final long SIDE_TIMEOUT_SECONDS = 30;

    void onStart(@Observes StartupEvent event, Instance<Pipeline> pipeline, Instance<ObjectMapper> mapper,
                 PrecisConfig config) {
        if (!config.warmup().enabled()) {
            pipeline.get();   // eager: configuration errors surface at init, not on the first event
            return;
        }
        long started = System.nanoTime();
        AtomicInteger n = new AtomicInteger();
        ExecutorService side = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "precis-warmup-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Long> rehearsal = side.submit(() -> timed(() -> rehearse(config)));
            Future<Long> tls = side.submit(() -> timed(Warmup::tls));
            Pipeline p = pipeline.get();   // eager: configuration errors surface at init, not on the first event
            try {
                if (mapper.isResolvable()) mapper.get();
                // For an S3 store this builds the S3 client and sends one GET through it; with a file store
                // (dev) the S3 client is left to its first use, not built here looking for a region.
                p.checkStore();
            } catch (RuntimeException e) {
                LOG.warnf("warm-up: store lookup failed (requests are not affected): %s", e.toString());
            }
            long beans = (System.nanoTime() - started) / 1_000_000;
            long rehearsed = await(rehearsal, "rehearsal");
            long secured = await(tls, "TLS set-up");
            LOG.infof("warm-up done in %d ms (beans and store lookup %d ms, rehearsal %d ms, TLS %d ms, side by side)",
                    (System.nanoTime() - started) / 1_000_000, beans, rehearsed, secured);
        } finally {
            side.shutdownNow();
        }
    }

    private static long timed(Runnable part) {
        long t = System.nanoTime();
        part.run();
        return (System.nanoTime() - t) / 1_000_000;
    }

    private static void rehearse(PrecisConfig config) {
        Outcome o = Rehearsal.run(config);
        if (o.result().keyFacts().isEmpty() || !o.result().warnings().isEmpty()) {
            LOG.warnf("warm-up: the rehearsal's digest was not verified (requests are not affected): %s",
                    o.result().warnings());
        }
    }

    private static void tls() {
        try {
            SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The part's duration in ms, or -1 when it failed or took too long (logged). */
    private static long await(Future<Long> part, String what) {
        try {
            return part.get(SIDE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            LOG.warnf("warm-up: %s failed (requests are not affected): %s", what, e.getCause().toString());
        } catch (TimeoutException e) {
            LOG.warnf("warm-up: %s took over %d s; going on without it", what, SIDE_TIMEOUT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }
}
