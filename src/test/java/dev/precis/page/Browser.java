package dev.precis.page;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Headless Chromium driven through Debian's {@code chromedriver} (packages {@code chromium} and
 * {@code chromium-driver}), never a downloaded browser: Selenium Manager is not involved because both
 * paths are given. Each browser gets a new empty profile folder, removed on close.
 */
final class Browser implements AutoCloseable {

    /**
     * Debian's paths, overridable with -Dwebdriver.chrome.driver=… (Selenium's own property) and
     * -Dchromium.binary=… (no "precis." prefix: the application would refuse an unknown precis.* key).
     */
    static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    /** The viewport of the README's screenshot, and of the tests. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 1000;

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Why no browser can be started here, or empty when one can. */
    static Optional<String> missing() {
        for (Path p : new Path[]{CHROMEDRIVER, CHROMIUM}) {
            if (!Files.isExecutable(p)) {
                return Optional.of("no " + p + ": install Debian's chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver), as .ci/run does");
            }
        }
        return Optional.empty();
    }

    static Browser start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("precis-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Flags proven on this kind of machine: no sandbox (root in a container), no GPU, nothing that
        // phones home (QUIC, component updates, sync, background networking), a fresh profile.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--window-size=" + WIDTH + "," + HEIGHT, "--force-device-scale-factor=1", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp folder; the OS cleans it eventually
            }
        }
    }
}
