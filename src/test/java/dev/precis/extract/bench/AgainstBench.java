package dev.precis.extract.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Speed of one build of the extractor against another, both loaded side by side in this JVM: each build's
 * classes directory gets its own class loader over the shared dependencies, and each WCXB dev page is
 * extracted by both builds in turn (base, new, new, base, or the other way round), timed on this thread's CPU
 * time. Machine noise then hits both builds alike: for two identical builds the median new/base of five runs
 * (every 5th or 10th page, 2 cores at load 8) stayed within ±1.1% of 1, where two wall-clock
 * {@code bin/bench-extract} runs differ by ±3%.
 * <pre>
 * bin/bench-against [REV] [PASSES] [STRIDE] [BENCH_DIR]
 * java … AgainstBench BASE_CLASSES NEW_CLASSES [PASSES] [STRIDE] [BENCH_DIR]
 * </pre>
 * Prints per pass base and new pages/s and new/base, then their median and range, and how many pages the two
 * builds extract differently (the whole {@code Article}, so a speed change that changes the output shows), naming
 * only pages of the tuning half A: a page of the held half B is counted, never named, so that a speed check does
 * not show which held pages a change touches.
 * Thread CPU time leaves out the garbage collector's own threads: a change that only allocates less looks
 * smaller here than in wall-clock time. Skips with a message when the bench directory is absent.
 */
public final class AgainstBench {

    /** Timed passes when none is given: each pass times every page twice per build. */
    static final int DEFAULT_PASSES = 5;
    /**
     * Pages each build extracts before the timed passes (whole rounds over the pages, the first of them comparing
     * the output), so that a stride does not shorten the warm-up. On this 2-core machine shared with other jobs
     * the JIT was still compiling after 2,000 pages: with 150 pages (every 10th) and one warm-up round, the
     * first pass ran at a third of the fifth's speed.
     */
    static final int WARMUP_PAGES = Integer.getInteger("precis.bench.warmupPages", 3000);
    /** Differing page ids printed after the count. */
    private static final int DIFFERING_SHOWN = 5;
    /** Packages each build loads from its own classes directory, never from the shared dependencies. */
    private static final String PROJECT_PACKAGE = "dev.precis.";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AgainstBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: AgainstBench BASE_CLASSES NEW_CLASSES [PASSES] [STRIDE] [BENCH_DIR]");
            System.exit(2);
        }
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_PASSES;
        int stride = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Path wcxb = Path.of(args.length > 4 ? args[4] : "../shared/bench").resolve("wcxb");
        Path html = wcxb.resolve("dev/html");
        if (!Files.isDirectory(html)) {
            System.out.println("SKIP: " + html.toAbsolutePath() + " is absent; nothing to measure.");
            return;
        }
        ClassLoader dependencies = dependencies();
        Build base = Build.load(Path.of(args[0]), dependencies);
        Build fresh = Build.load(Path.of(args[1]), dependencies);
        BenchPages all = BenchPages.load(html);
        BenchPages pages = all.every(stride);
        System.out.printf(Locale.ROOT, "base %s%nnew  %s%n%d of %d WCXB dev pages (every %d), warm-up %d pages"
                + " per build, %d passes on thread CPU time%n", base.classes(), fresh.classes(), pages.size(),
                all.size(), stride, WARMUP_PAGES, passes);
        run(base, fresh, pages, passes, WARMUP_PAGES, heldPages(wcxb), System.out);
    }

    /** The ids of the WCXB pages in the held half B ({@link WcxbReport#half}). */
    static Set<String> heldPages(Path wcxb) throws IOException {
        return WcxbReport.domains(wcxb).entrySet().stream()
                .filter(e -> WcxbReport.HELD.equals(WcxbReport.half(e.getValue())))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /** One timed pass: pages per second of each build. */
    record Pass(double basePagesPerSec, double newPagesPerSec) {
        double ratio() {
            return newPagesPerSec / basePagesPerSec;
        }
    }

    /** Median and range of new/base over the passes. */
    record Summary(double median, double min, double max) {
        static Summary of(List<Double> ratios) {
            if (ratios.isEmpty()) return new Summary(Double.NaN, Double.NaN, Double.NaN);
            List<Double> s = ratios.stream().sorted().toList();
            int n = s.size();
            double median = n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
            return new Summary(median, s.get(0), s.get(n - 1));
        }
    }

    /** What a run found: the passes, their summary and the pages whose output differs between the builds. */
    record Outcome(List<Pass> passes, Summary summary, List<String> differing) {
    }

    /**
     * One build of the extractor: a new {@code Extractor} from its own class loader, called by reflection
     * (its {@code Article} is not this class's).
     */
    record Build(Path classes, Object extractor, Method method) {
        static Build load(Path classes, ClassLoader dependencies) throws ReflectiveOperationException, IOException {
            if (!Files.isDirectory(classes.resolve("dev/precis/extract"))) {
                throw new IOException("no extractor classes under " + classes.toAbsolutePath());
            }
            ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, dependencies);
            Class<?> c = loader.loadClass("dev.precis.extract.Extractor");
            Method extract = c.getMethod("extract", String.class, String.class);
            return new Build(classes, c.getConstructor().newInstance(), extract);
        }

        /** The page's {@code Article}, as {@code ExtractBench} gets it. */
        Object extract(String html) {
            try {
                return method.invoke(extractor, html, null);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("extractor of " + classes + " failed", e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * This JVM's class path without the project's own classes, so that each build loads every
     * {@code dev.precis} class from its own directory, even when this checkout's classes are on the class path.
     */
    static ClassLoader dependencies() {
        return new ClassLoader(AgainstBench.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith(PROJECT_PACKAGE)) throw new ClassNotFoundException(name);
                return super.loadClass(name, resolve);
            }
        };
    }

    /**
     * Warms up both builds on every page (comparing their output the first time) until each has extracted
     * {@code warmupPages}, then times {@code passes} passes, printing one line per pass and the summary to
     * {@code out}; of the pages whose output differs, those in {@code held} are counted, not named.
     */
    static Outcome run(Build base, Build fresh, BenchPages pages, int passes, int warmupPages, Set<String> held,
            PrintStream out) throws IOException {
        List<String> differing = differing(base, fresh, pages);
        int warmed = pages.size();
        for (int round = 1; pages.size() > 0 && warmed < warmupPages; round++, warmed += 2 * pages.size()) {
            timePass(base, fresh, pages, round);
        }
        List<Pass> timed = new ArrayList<>();
        for (int pass = 0; pass < passes; pass++) {
            Pass p = timePass(base, fresh, pages, pass);
            timed.add(p);
            out.printf(Locale.ROOT, "pass %d: base %.1f pages/s, new %.1f pages/s, new/base %.3f%n",
                    pass + 1, p.basePagesPerSec(), p.newPagesPerSec(), p.ratio());
        }
        Summary s = Summary.of(timed.stream().map(Pass::ratio).toList());
        out.printf(Locale.ROOT, "new/base over %d passes: median %.3f, range %.3f..%.3f%n",
                passes, s.median(), s.min(), s.max());
        out.println(differences(differing, pages.size(), held));
        return new Outcome(timed, s, differing);
    }

    /** The ids of the pages whose {@code Article} (all of it, as its record's toString spells it) differs. */
    private static List<String> differing(Build base, Build fresh, BenchPages pages) throws IOException {
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < pages.size(); k++) {
            String html = pages.html(k);
            if (!Objects.equals(String.valueOf(base.extract(html)), String.valueOf(fresh.extract(html)))) {
                ids.add(pages.ids().get(k));
            }
        }
        return ids;
    }

    /**
     * "output differs on 3 of 300 pages: 0042, 0107 (and 1 in the held half B, not named)", "output differs on 1
     * of 300 pages, in the held half B (not named)", or that it differs on none: the first
     * {@value #DIFFERING_SHOWN} ids outside {@code held} are named, those in it only counted.
     */
    static String differences(List<String> differing, int pages, Set<String> held) {
        String count = "output differs on " + differing.size() + " of " + pages + " pages";
        List<String> named = differing.stream().filter(id -> !held.contains(id)).toList();
        int notNamed = differing.size() - named.size();
        if (differing.isEmpty()) return count;
        if (named.isEmpty()) return count + ", in the held half B (not named)";
        return count + ": " + String.join(", ", named.subList(0, Math.min(DIFFERING_SHOWN, named.size())))
                + (named.size() > DIFFERING_SHOWN ? ", …" : "")
                + (notNamed > 0 ? " (and " + notNamed + " in the held half B, not named)" : "");
    }

    /**
     * Each page twice per build, in the order base, new, new, base or the other way round (alternating by page
     * and by pass), so that whatever the second call of a page gains from the first (the page in the cache)
     * goes to both builds within the pass. Decoding is not timed.
     */
    private static Pass timePass(Build base, Build fresh, BenchPages pages, int pass) throws IOException {
        Build[] builds = {base, fresh};
        long[] nanos = new long[2];
        for (int k = 0; k < pages.size(); k++) {
            String html = pages.html(k);
            int first = (k + pass) % 2;
            for (int b : new int[] {first, 1 - first, 1 - first, first}) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                builds[b].extract(html);
                nanos[b] += THREADS.getCurrentThreadCpuTime() - t0;
            }
        }
        return new Pass(2 * pages.size() / (nanos[0] / 1e9), 2 * pages.size() / (nanos[1] / 1e9));
    }
}
