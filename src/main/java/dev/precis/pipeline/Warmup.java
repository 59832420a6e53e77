package dev.precis.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.config.PrecisConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds everything a request needs while the function initializes, not on its first event: the
 * pipeline (HTTP fetcher, LLM client, stores), the S3 client, one pass of the extractor and of the
 * JSON writer over a built-in page, and one lookup of a result that does not exist (for an S3 store: one
 * GET answered 404). On Lambda the init phase runs before the first event is received — and with
 * SnapStart, once, before the snapshot. No LLM call is made, nothing is written.
 * {@code precis.warmup.enabled=false} turns the passes and the lookup off (the beans are still built).
 */
@ApplicationScoped
public class Warmup {

    private static final Logger LOG = Logger.getLogger(Warmup.class);

    void onStart(@Observes StartupEvent event, Instance<Pipeline> pipeline, Instance<S3Client> s3,
                 Instance<ObjectMapper> mapper, Instance<Metrics> metrics, PrecisConfig config) {
        boolean enabled = config.warmup().enabled();
        long started = System.nanoTime();
        Pipeline p = pipeline.get();   // eager: configuration errors surface at init, not on the first event
        metrics.get();
        if (!enabled) return;
        try {
            if (s3.isResolvable()) s3.get().serviceName();
            if (mapper.isResolvable()) mapper.get();
            p.warmUp();
        } catch (RuntimeException e) {
            LOG.warnf("warm-up failed (requests are not affected): %s", e.toString());
        }
        LOG.debugf("warm-up took %d ms", (System.nanoTime() - started) / 1_000_000);
    }
}
