package dev.precis.function;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.config.PrecisConfig;
import dev.precis.pipeline.Pipeline;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;

/** The triggers' own beans, from configuration: the batch runner, the metric writer, the HTTP trigger. */
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

    @Produces
    @Singleton
    HttpTrigger httpTrigger(PrecisConfig config, Pipeline pipeline, Metrics metrics, ObjectMapper mapper) {
        AsyncQueue queue = config.async().queueUrl()
                .map(url -> (AsyncQueue) new SqsQueue(url, () -> sqsClient(url)))
                .orElse(null);
        return new HttpTrigger(pipeline, metrics, mapper, config.http().deadline(), queue);
    }

    /**
     * An SQS client for the queue at {@code queueUrl}, sent to the queue URL's own host (for AWS that is
     * the region's SQS endpoint), with the SDK's region and credentials chains (the Lambda's role).
     */
    static SqsClient sqsClient(String queueUrl) {
        URI url = URI.create(queueUrl);
        return SqsClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create(url.getScheme() + "://" + url.getRawAuthority()))
                .build();
    }
}
