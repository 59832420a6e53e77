package dev.precis.extract.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.precis.extract.bench.AgainstBench.Build;
import dev.precis.extract.bench.AgainstBench.Outcome;
import dev.precis.extract.bench.AgainstBench.Pass;
import dev.precis.extract.bench.AgainstBench.Summary;

/** The A/B timer on small pages (this checkout's classes as both builds, or two stand-ins), and its summary. */
class AgainstBenchTest {

    private static final Path CLASSES = Path.of("target/classes");

    @TempDir
    Path html;

    @Test
    void timesBothBuildsPerPassAndFindsTheSameOutput() throws Exception {
        page("0001", "<html><head><title>Rain in Lisbon</title></head><body><article><h1>Rain in Lisbon</h1>"
                + "<p>It rained all week in Lisbon, and the trams ran late on every line of the city.</p>"
                + "<p>The council said the drains would be cleared before the festival in June.</p>"
                + "</article></body></html>");
        page("0002", "<html><body><nav><a href='/'>Home</a></nav><main><h2>Install</h2>"
                + "<p>Run the installer, then restart the shell so that the new path is read.</p>"
                + "<pre>curl -sSf https://example.org/install.sh | sh</pre></main></body></html>");
        page("0003", "<html><body><ul><li><a href='/a'>First story</a></li><li><a href='/b'>Second story</a></li>"
                + "</ul><footer>© 2026 Example</footer></body></html>");
        ClassLoader dependencies = AgainstBench.dependencies();
        Build base = Build.load(CLASSES, dependencies);
        Build fresh = Build.load(CLASSES, dependencies);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Outcome o = AgainstBench.run(base, fresh, BenchPages.load(html), 2, 0, Set.of(), new PrintStream(printed, true, UTF_8));

        List<String> lines = printed.toString(UTF_8).lines().toList();
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches("pass 1: base [0-9.]+ pages/s, new [0-9.]+ pages/s, new/base [0-9.]+"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("pass 2: base "), lines.get(1));
        assertTrue(lines.get(2).matches("new/base over 2 passes: median [0-9.]+, range [0-9.]+\\.\\.[0-9.]+"),
                lines.get(2));
        assertEquals("output differs on 0 of 3 pages", lines.get(3));
        assertEquals(2, o.passes().size());
        for (Pass p : o.passes()) {
            assertTrue(p.ratio() > 0 && Double.isFinite(p.ratio()), "ratio " + p.ratio());
        }
        assertTrue(base.extractor().getClass() != fresh.extractor().getClass(), "each build has its own classes");
    }

    @Test
    void pagesWhoseOutputDiffersAreNamed() throws Exception {
        page("0001", "<p>sun</p>");
        page("0002", "<p>rain</p>");
        page("0003", "<p>more rain</p>");
        Method extract = Shouting.class.getMethod("extract", String.class, String.class);
        Build base = new Build(Path.of("base"), new Shouting(false), extract);
        Build fresh = new Build(Path.of("new"), new Shouting(true), extract);

        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());

        Outcome o = AgainstBench.run(base, fresh, BenchPages.load(html), 1, 0, Set.of(), nowhere);

        assertEquals(List.of("0002", "0003"), o.differing());
    }

    /** A stand-in for a build: the page as it is, or in capitals when it mentions rain and {@code shouts}. */
    public record Shouting(boolean shouts) {
        public Object extract(String html, String baseUri) {
            return shouts && html.contains("rain") ? html.toUpperCase(Locale.ROOT) : html;
        }
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(new Summary(1.0, 0.9, 1.2), Summary.of(List.of(1.2, 0.9, 1.0)));
        assertEquals(new Summary(1.05, 0.9, 1.2), Summary.of(List.of(1.2, 0.9, 1.1, 1.0)));
        assertTrue(Double.isNaN(Summary.of(List.of()).median()));
    }

    @Test
    void differingPagesAreCountedAndTheFirstFiveNamed() {
        assertEquals("output differs on 0 of 9 pages", AgainstBench.differences(List.of(), 9, Set.of()));
        assertEquals("output differs on 2 of 9 pages: 0002, 0007",
                AgainstBench.differences(List.of("0002", "0007"), 9, Set.of()));
        assertEquals("output differs on 6 of 9 pages: 1, 2, 3, 4, 5, …",
                AgainstBench.differences(List.of("1", "2", "3", "4", "5", "6"), 9, Set.of()));
    }

    @Test
    void pagesOfTheHeldHalfAreCountedButNeverNamed() {
        Set<String> held = Set.of("0007", "0009");
        assertEquals("output differs on 3 of 9 pages: 0002 (and 2 in the held half B, not named)",
                AgainstBench.differences(List.of("0002", "0007", "0009"), 9, held));
        assertEquals("output differs on 1 of 9 pages, in the held half B (not named)",
                AgainstBench.differences(List.of("0009"), 9, held));
    }

    private void page(String id, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(html.resolve(id + ".html.gz")))) {
            out.write(text.getBytes(UTF_8));
        }
    }
}
