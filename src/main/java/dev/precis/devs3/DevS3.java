package dev.precis.devs3;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.nio.file.Path;

/**
 * Starts the embedded S3 with the application when {@code precis.dev-s3.enabled} is true, before anything
 * else starts (the warm-up, the Lambda mock event server's first event), and stops it with the application,
 * so a live reload of {@code quarkus dev} frees and takes the port again.
 *
 * <p>This class names no S3Proxy type: only {@link LocalS3} does, and it is loaded only when enabled, so
 * the container build (where S3Proxy is absent) can hold this bean without ever touching S3Proxy.
 */
@ApplicationScoped
public class DevS3 {

    private static final Logger LOG = Logger.getLogger(DevS3.class);
    /** The class that tells whether S3Proxy is on the class path (quarkus dev and tests only). */
    private static final String S3PROXY_CLASS = "org.gaul.s3proxy.S3Proxy";

    private AutoCloseable server;

    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event, DevS3Config config) {
        if (!config.enabled()) return;
        if (!onClassPath()) {
            throw new IllegalStateException("precis.dev-s3.enabled is true, but S3Proxy is not on the class path: "
                    + "the embedded S3 exists under quarkus dev and in tests only; set precis.dev-s3.enabled=false");
        }
        LocalS3 s3 = LocalS3.start(Path.of(config.dir()), config.port(), config.bucket(), Path.of(config.seed()));
        server = s3;
        LOG.infof("embedded S3 (precis.dev-s3) on %s: bucket %s in %s, %d object(s) copied from %s",
                s3.endpoint(), config.bucket(), Path.of(config.dir()).toAbsolutePath().resolve(config.bucket()),
                s3.seeded(), config.seed());
    }

    void stop(@Observes ShutdownEvent event) {
        if (server == null) return;
        try {
            server.close();
        } catch (Exception e) {
            LOG.warnf("embedded S3 did not stop cleanly: %s", e.toString());
        } finally {
            server = null;
        }
    }

    private static boolean onClassPath() {
        try {
            Class.forName(S3PROXY_CLASS, false, DevS3.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
