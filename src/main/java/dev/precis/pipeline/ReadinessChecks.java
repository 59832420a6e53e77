package dev.precis.pipeline;

import dev.precis.config.PrecisConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Readiness for {@code quarkus dev} and containers ({@code GET /q/health/ready}): is the configured LLM
 * engine reachable, and the store? Checked only when asked — nothing runs at startup — and never inside
 * Lambda, where the HTTP server is off ({@code %prod.quarkus.http.host-enabled=false}).
 */
@ApplicationScoped
public class ReadinessChecks {

    /** Time limit of each probe. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    @Inject
    PrecisConfig config;

    @Inject
    Pipeline pipeline;

    @Produces
    @org.eclipse.microprofile.health.Readiness
    HealthCheck engine() {
        return () -> {
            PrecisConfig.Llm llm = config.llm();
            String provider = llm.provider().strip().toLowerCase(Locale.ROOT);
            var r = HealthCheckResponse.named("llm").withData("engine", pipeline.engineId());
            if (provider.equals("builtin")) return r.withData("reachable", "offline engine").up().build();
            if (!provider.equals("openai")) return r.withData("reachable", "not checked").up().build();
            String models = llm.baseUrl().orElse("https://api.openai.com/v1").replaceAll("/+$", "") + "/models";
            try {
                HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(models)).timeout(PROBE_TIMEOUT).GET();
                llm.apiKey().ifPresent(k -> get.header("Authorization", "Bearer " + k));
                HttpResponse<Void> answer = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build()
                        .send(get.build(), HttpResponse.BodyHandlers.discarding());
                r.withData("status", answer.statusCode());
                return (answer.statusCode() < 300 ? r.up() : r.down()).build();
            } catch (Exception e) {
                return r.withData("error", e.getClass().getSimpleName() + ": " + e.getMessage()).down().build();
            }
        };
    }

    @Produces
    @org.eclipse.microprofile.health.Readiness
    HealthCheck store() {
        return () -> {
            var r = HealthCheckResponse.named("store").withData("uri", config.store().uri());
            try {
                pipeline.checkStore();
                return r.up().build();
            } catch (RuntimeException e) {
                return r.withData("error", String.valueOf(e.getMessage())).down().build();
            }
        };
    }
}
