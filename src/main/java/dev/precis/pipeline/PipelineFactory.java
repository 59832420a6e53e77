package dev.precis.pipeline;

import dev.precis.config.PrecisConfig;
import dev.precis.config.StandaloneConfig;
import dev.precis.extract.Extractor;
import dev.precis.fetch.AddressPolicy;
import dev.precis.fetch.FileFetcher;
import dev.precis.fetch.S3Fetcher;
import dev.precis.fetch.UrlFetcher;
import dev.precis.store.FileBlobStore;
import dev.precis.store.Layout;
import dev.precis.store.ResultStore;
import dev.precis.store.S3BlobStore;
import dev.precis.store.Stores;
import dev.precis.summarize.ChatModels;
import dev.precis.summarize.Engine;
import dev.precis.summarize.Summarizer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Builds a {@link Pipeline} from configuration — the same way for the Lambda, dev mode and the CLI. */
public final class PipelineFactory {

    private PipelineFactory() {
    }

    /**
     * @param config the settings
     * @param s3     the S3 client, asked for only when an S3 source or store is used
     */
    public static Pipeline create(PrecisConfig config, Supplier<S3Client> s3) {
        return create(config, s3, engine(config), Set.of());
    }

    /**
     * Like {@link #create(PrecisConfig, Supplier)} with a given engine, for the warm-up's rehearsal.
     *
     * @param alsoAllowed buckets S3 sources may name besides {@code precis.sources.s3.allowed-buckets}
     *                    (the rehearsal's own, in memory); nothing changes when every bucket is allowed
     */
    public static Pipeline create(PrecisConfig config, Supplier<S3Client> s3, Engine engine, Set<String> alsoAllowed) {
        PrecisConfig.Fetch f = config.fetch();
        boolean allowPrivate = f.allowPrivateAddresses();
        AddressPolicy policy = new AddressPolicy(
                AddressPolicy.timed(AddressPolicy.SYSTEM_RESOLVER, f.connectTimeout()), allowPrivate);
        UrlFetcher urls = new UrlFetcher(policy, Set.copyOf(f.allowedPorts()), f.maxBytes(), f.connectTimeout(),
                f.readTimeout(), f.maxRedirects(), f.userAgent());
        Supplier<S3Client> lazyS3 = memoize(s3);
        Summarizer summarizer = new Summarizer(engine, config.summary().maxKeyFacts());
        ResultStore results = new ResultStore(new Stores(new FileBlobStore(), new S3BlobStore(lazyS3)));
        Layout layout = new Layout(config.store().uri());
        Set<String> buckets = new HashSet<>(config.sources().s3().allowedBuckets().orElse(List.of()));
        if (!buckets.isEmpty()) buckets.addAll(alsoAllowed);
        return new Pipeline(new RequestValidator(f.maxBytes(), config.questions().max(), config.questions().maxLength(),
                buckets, layout),
                urls, new S3Fetcher(lazyS3, f.maxBytes()), new FileFetcher(f.maxBytes()), new Extractor(), summarizer,
                results, layout, Clock.systemUTC());
    }

    /**
     * A pipeline configured from {@code PRECIS_*} environment variables and system properties, without
     * starting Quarkus (the CLI). The keys and defaults are those of {@link PrecisConfig}.
     */
    public static Pipeline fromEnvironment() {
        return create(StandaloneConfig.load(), () -> S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build());
    }

    /** The engine {@code precis.llm.provider} names. */
    static Engine engine(PrecisConfig config) {
        return ChatModels.engine(config);
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = supplier.get();
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }
}
