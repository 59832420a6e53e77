package dev.precis.pipeline;

import dev.precis.config.PrecisConfig;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.s3.S3Client;

/** Makes the one {@link Pipeline} of a running application (Lambda, dev mode, tests) a CDI bean. */
public class PipelineProducer {

    @Produces
    @Singleton
    Pipeline pipeline(PrecisConfig config, Instance<S3Client> s3) {
        return PipelineFactory.create(config, s3::get);
    }
}
