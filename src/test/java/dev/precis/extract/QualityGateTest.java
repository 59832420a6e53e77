package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.precis.extract.bench.ExtractBench;

/**
 * The quality gate's benchmark half (like trafilatura's {@code eval_gate}): scores the extractor
 * on the shared dev sets (zyte, mozilla, wcxb) and fails when a figure pinned in
 * {@code src/test/resources/gate/floors.properties} gets worse: an F1 below its floor minus the
 * epsilon, or a count (keys ending {@code .max}: near-empty outputs, pages with F1 &lt; 0.5) above
 * its ceiling. WCXB is pinned overall, per page type and per domain half ({@code halfA} tuned on,
 * {@code halfB} held out; see {@link dev.precis.extract.bench.WcxbReport}). Skipped, with a message,
 * when a set is absent. {@code -Dprecis.gate.update=true} writes the measured figures back as the
 * new pins; a worse pin is refused unless {@code -Dprecis.gate.allowLower=true}. A pin made worse by
 * hand in the working tree (compared with git HEAD) is refused the same way.
 */
class QualityGateTest {

    static final Path FLOORS = Path.of("src/test/resources/gate/floors.properties");
    static final Path BENCH = Path.of(System.getProperty("precis.bench.dir", "../shared/bench"));
    static final String ALLOW_LOWER = "precis.gate.allowLower";
    static final String UPDATE = "precis.gate.update";
    /** Suffix of a ceiling (a count that must not grow), e.g. {@code wcxb.dev.article.nearEmpty.max}. */
    static final String MAX = ".max";

    static Properties floors(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return p;
    }

    @ParameterizedTest(name = "{0} dev floors")
    @ValueSource(strings = {"zyte", "mozilla", "wcxb"})
    void figuresStayWithinTheirPins(String set) throws Exception {
        assumeTrue(Files.isDirectory(BENCH.resolve(set)),
                "SKIP quality gate: " + BENCH.toAbsolutePath() + "/" + set + " is absent (evaluation pages not on this machine)");
        String text = Files.readString(FLOORS, StandardCharsets.UTF_8);
        Properties floors = floors(text);
        double epsilon = Double.parseDouble(floors.getProperty("epsilon"));
        ExtractBench.Result r = ExtractBench.run(BENCH, set, Path.of("target/gate").resolve(set), true, 0);
        assertTrue(r.f1() != null, "scorer gave no F1:\n" + r.scoreReport());
        List<String> keys = floors.stringPropertyNames().stream().filter(k -> k.startsWith(set + ".dev.")).sorted().toList();
        assertTrue(!keys.isEmpty(), "no pins for " + set + " in " + FLOORS);
        List<String> failures = new ArrayList<>();
        for (String key : keys) {
            boolean ceiling = key.endsWith(MAX);
            String figure = ceiling ? key.substring(0, key.length() - MAX.length()) : key;
            Double measured = r.figures().get(figure);
            assertTrue(measured != null, "the bench measures no figure " + figure + " (pinned as " + key + ")");
            double pin = Double.parseDouble(floors.getProperty(key));
            System.out.printf(Locale.ROOT, "quality gate %s: %.3f, %s %.3f%n", figure, measured, ceiling ? "ceiling" : "floor", pin);
            if (Boolean.getBoolean(UPDATE)) {
                measured = Math.round(measured * 1000) / 1000.0; // as written to the file
                boolean worse = ceiling ? measured > pin : measured < pin;
                if (worse && !Boolean.getBoolean(ALLOW_LOWER)) {
                    failures.add(String.format(Locale.ROOT, "refusing to move %s from %.3f to %.3f; pass -D%s=true", key, pin,
                            measured, ALLOW_LOWER));
                    continue;
                }
                String value = ceiling ? String.valueOf(Math.round(measured)) : String.format(Locale.ROOT, "%.3f", measured);
                text = text.replaceAll("(?m)^" + Pattern.quote(key) + "=.*$", key + "=" + value);
            } else if (ceiling ? measured > pin : measured < pin - epsilon) {
                failures.add(String.format(Locale.ROOT, "%s is %.3f, past its %s %.3f", figure, measured,
                        ceiling ? "ceiling" : "floor", pin));
            }
        }
        if (Boolean.getBoolean(UPDATE)) Files.writeString(FLOORS, text, StandardCharsets.UTF_8);
        if (!failures.isEmpty()) fail(String.join("\n", failures) + "\n" + r.scoreReport());
    }

    /** A floor lowered in the working tree, compared with the committed one, needs the explicit flag. */
    @Test
    void floorsAreNotLoweredSilently() throws Exception {
        String committed = gitShowHead();
        assumeTrue(committed != null, "SKIP floor guard: no git or no committed floors file");
        Properties before = floors(committed);
        Properties now = floors(Files.readString(FLOORS, StandardCharsets.UTF_8));
        for (String key : before.stringPropertyNames()) {
            if (key.equals("epsilon")) continue;
            boolean ceiling = key.endsWith(MAX);
            double was = Double.parseDouble(before.getProperty(key));
            double is = Double.parseDouble(now.getProperty(key, ceiling ? "1e9" : "0"));
            if ((ceiling ? is > was : is < was) && !Boolean.getBoolean(ALLOW_LOWER)) {
                fail(String.format(Locale.ROOT, "%s moved from %.3f to %.3f without -D%s=true", key, was, is, ALLOW_LOWER));
            }
        }
    }

    private static String gitShowHead() {
        try {
            Process p = new ProcessBuilder("git", "show", "HEAD:" + FLOORS.toString().replace('\\', '/'))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) return null;
            return out;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }
}
