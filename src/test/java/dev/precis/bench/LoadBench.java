package dev.precis.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Load harness (a benchmark, not a unit test): starts the packaged application with {@code -Xmx512m}
 * serving {@code POST /summarize}, with the {@code openai} engine pointed at a stub LLM that answers
 * after a fixed latency, sends N distinct articles at concurrency C, and prints errors, p50/p90/p99
 * latency, throughput and the application's peak resident memory. Run: {@code bin/bench-load [N] [C] [LATENCY_MS]}.
 */
public final class LoadBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Paragraphs every generated article shares; the stub's quotes come from them so they verify. */
    private static final String[] PARAGRAPHS = {
            "The Port Alder city council voted 5-2 on Tuesday night to close Harbor Street to cars on weekends from June through September.",
            "Supporters said the change would bring more people to the shops and cafes that line the street near the waterfront.",
            "Opponents, including several business owners, worried that customers would have nowhere to park and would shop elsewhere.",
            "The city will review the trial in October and decide whether to make the closure permanent next year."};

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int latencyMs = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        // Model calls in flight per instance (precis.llm.max-concurrent-calls): the app's default (10) unless
        // given, which caps throughput at slots / latency whatever else the pipeline does.
        String slots = args.length > 3 ? args[3] : null;
        Path runner = findRunner();
        WireMockServer llm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(concurrency * 2 + 16).asynchronousResponseEnabled(true).asynchronousResponseThreads(concurrency + 8));
        llm.start();
        llm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withFixedDelay(latencyMs).withBody(completion())));
        int port = freePort();
        Path store = Files.createTempDirectory("precis-load");
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx512m", "-XX:+UseSerialGC",
                "-Dquarkus.http.host-enabled=true", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.lambda.handler=precis", "-Dquarkus.log.level=WARN",
                "-Dprecis.llm.provider=openai", "-Dprecis.llm.base-url=" + llm.baseUrl() + "/v1",
                "-Dprecis.llm.api-key=sk-load", "-Dprecis.llm.model=gpt-4o-mini",
                "-Dprecis.store.uri=" + store));
        if (slots != null) cmd.add("-Dprecis.llm.max-concurrent-calls=" + slots);
        cmd.addAll(List.of("-jar", runner.toString()));
        System.out.printf("model call slots: %s; ideal throughput %.0f req/s%n", slots == null ? "10 (default)" : slots,
                Math.min(concurrency, slots == null ? 10 : Integer.parseInt(slots)) * 1000.0 / latencyMs);
        Process app = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(new File("target/bench-load-app.log")).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .executor(Executors.newFixedThreadPool(concurrency)).build();
            waitUntilUp(http, port);
            run(http, port, concurrency * 2, concurrency, "warm-up");   // class loading and JIT, not measured
            long appCpu0 = cpuMillis(app.pid());
            long harnessCpu0 = harnessCpuMillis();
            Stats s = run(http, port, requests, concurrency, "run");
            long appCpu = cpuMillis(app.pid()) - appCpu0;
            long harnessCpu = harnessCpuMillis() - harnessCpu0;
            System.out.printf("requests %d, concurrency %d, stub latency %d ms%n", requests, concurrency, latencyMs);
            System.out.printf("errors %d%n", s.errors);
            System.out.printf("latency ms: p50 %d  p90 %d  p99 %d  max %d%n", s.pct(50), s.pct(90), s.pct(99), s.pct(100));
            System.out.printf("throughput %.1f req/s (ideal at this latency: %.1f)%n", s.throughput(),
                    concurrency * 1000.0 / latencyMs);
            System.out.printf("overhead over the stub: p50 %d ms%n", s.pct(50) - latencyMs);
            System.out.printf("app peak RSS %s (heap capped by -Xmx512m)%n", peakRss(app.pid()));
            // What bounds throughput once nothing waits on a lock: CPU. The app's CPU per request, and the
            // cores it and this harness (client and stub, same machine) kept busy during the run.
            System.out.printf("CPU: app %.1f ms per request (%.2f cores busy), harness %.2f cores busy, of %d cores%n",
                    appCpu / (double) requests, appCpu / (double) s.wallMillis(), harnessCpu / (double) s.wallMillis(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("LLM calls %d%n", llm.getAllServeEvents().size());
        } finally {
            app.destroy();
            llm.stop();
        }
        System.exit(0); // the client's executor threads are not daemons
    }

    /** CPU time (user + system) of process {@code pid} so far, from {@code /proc}; -1 where there is none. */
    private static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);   // utime, stime (fields 14 and 15)
            return ticks * 1000 / 100;   // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** CPU time of this JVM (the load client and the stub model) so far. */
    private static long harnessCpuMillis() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : -1;
    }

    private record Stats(List<Long> millis, int errors, long wallMillis) {
        long pct(int p) {
            if (millis.isEmpty()) return -1;
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
        }

        double throughput() {
            return millis.size() * 1000.0 / wallMillis;
        }
    }

    private static Stats run(HttpClient http, int port, int n, int concurrency, String tag) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = JSON.writeValueAsString(Map.of("text",
                    String.join("\n\n", PARAGRAPHS) + "\n\nReference " + tag + "-" + i + "-" + System.nanoTime() + "."));
            futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/summarize"))
                            .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                        System.err.println("HTTP " + r.statusCode() + ": " + r.body());
                    }
                } catch (IOException | InterruptedException e) {
                    errors.incrementAndGet();
                    System.err.println(e);
                }
                millis.add((System.nanoTime() - t0) / 1_000_000);
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
        pool.shutdown();
        return new Stats(millis, errors.get(), (System.nanoTime() - start) / 1_000_000);
    }

    private static String completion() throws IOException {
        ObjectNode digest = JSON.createObjectNode();
        digest.put("summary", "The council voted to close Harbor Street to cars on summer weekends; the city reviews it in October.");
        ArrayNode facts = digest.putArray("keyFacts");
        for (int i = 0; i < 3; i++) {
            ObjectNode f = facts.addObject();
            f.put("fact", "fact " + i);
            f.put("quote", PARAGRAPHS[i]);
        }
        digest.putArray("answers");
        return dev.precis.testing.ModelReplies.openAi(JSON.writeValueAsString(digest), 420, 120);
    }

    private static Path findRunner() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-runner.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/*-runner.jar: run ./mvnw -DskipTests package first"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void waitUntilUp(HttpClient http, int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/summarize"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the application did not start; see target/bench-load-app.log");
    }

    private static String peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) return line.substring(6).strip();
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return "unknown";
    }
}
