package dev.precis.testing;

import dev.precis.config.PrecisConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.time.Duration;
import java.util.Map;

/** A {@link PrecisConfig} from a few properties and the defaults, without Quarkus. */
public final class TestConfig {

    private TestConfig() {
    }

    public static PrecisConfig of(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(PrecisConfig.class)
                .build()
                .getConfigMapping(PrecisConfig.class);
    }
}
