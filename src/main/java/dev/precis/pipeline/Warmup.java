package dev.precis.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds everything a request needs while the function initializes, not on its first event: the
 * pipeline (HTTP fetcher, LLM client, stores), the S3 client, and one offline pass of the extractor and
 * of the JSON writer (class loading and first-use setup of jsoup and Jackson). On Lambda the init phase
 * runs before the first event is received — and with SnapStart, once, before the snapshot. No network
 * call is made. {@code precis.warmup.enabled=false} turns it off.
 */
@ApplicationScoped
public class Warmup {

    private static final Logger LOG = Logger.getLogger(Warmup.class);

    void onStart(@Observes StartupEvent event, Instance<Pipeline> pipeline, Instance<S3Client> s3,
                 Instance<ObjectMapper> mapper, Instance<Metrics> metrics,
                 @org.eclipse.microprofile.config.inject.ConfigProperty(name = "precis.warmup.enabled",
                         defaultValue = "true") boolean enabled) {
        long started = System.nanoTime();
        Pipeline p = pipeline.get();   // eager: configuration errors surface at init, not on the first event
        metrics.get();
        if (!enabled) return;
        try {
            if (s3.isResolvable()) s3.get().serviceName();
            p.warmUp(mapper.isResolvable() ? mapper.get() : new ObjectMapper());
        } catch (RuntimeException e) {
            LOG.warnf("warm-up failed (requests are not affected): %s", e.toString());
        }
        LOG.debugf("warm-up took %d ms", (System.nanoTime() - started) / 1_000_000);
    }
}
