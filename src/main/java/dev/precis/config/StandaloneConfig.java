package dev.precis.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.time.Duration;

/**
 * {@link PrecisConfig} without a running Quarkus (the CLI): from {@code PRECIS_*} environment variables
 * and {@code -Dprecis.*} system properties, with the same defaults and the same value formats
 * ({@code 5s}, {@code 500ms}, {@code PT5S}) as the application.
 */
public final class StandaloneConfig {

    private StandaloneConfig() {
    }

    /** Reads the configuration; fails with SmallRye's message naming the key of any bad value. */
    public static PrecisConfig load() {
        return load(java.util.Map.of());
    }

    /** Like {@link #load()}, with {@code overrides} ({@code precis.*} keys) taking precedence. */
    public static PrecisConfig load(java.util.Map<String, String> overrides) {
        return new SmallRyeConfigBuilder()
                .addDefaultSources()
                .withSources(new io.smallrye.config.PropertiesConfigSource(overrides, "overrides", 500))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(PrecisConfig.class)
                .build()
                .getConfigMapping(PrecisConfig.class);
    }
}
