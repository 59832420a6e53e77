package dev.precis.fetch;

import dev.precis.config.PrecisConfig;
import dev.precis.config.StandaloneConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The fetch limits' defaults, as the CLI and the Lambda read them. */
class FetchConfigTest {

    @Test
    void defaults() {
        PrecisConfig.Fetch f = StandaloneConfig.load().fetch();
        assertEquals(List.of(80, 443), f.allowedPorts());
        assertEquals(5 * 1024 * 1024, f.maxBytes());
        assertEquals(5, f.maxRedirects());
        assertFalse(f.allowPrivateAddresses());
    }
}
