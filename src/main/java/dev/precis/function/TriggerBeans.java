package dev.precis.function;

import dev.precis.config.PrecisConfig;
import dev.precis.pipeline.Pipeline;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The triggers' own beans: the batch runner of SQS batches and the metric writer, made at start-up. */
public class TriggerBeans {

    @Produces
    @Singleton
    BatchRunner batchRunner(PrecisConfig config) {
        return new BatchRunner(config.batch().concurrency(), config.batch().safetyMargin());
    }

    @Produces
    @Singleton
    @Startup
    Metrics metrics(PrecisConfig config, Pipeline pipeline) {
        return Metrics.of(config.metrics(), pipeline.engineId(), System.out);
    }
}
