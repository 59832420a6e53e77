package dev.precis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.Blob;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Cold start of the packaged function through the Lambda Runtime API ({@code bin/bench-coldstart}).
 *
 * <p>Each run starts a new JVM the way the managed {@code java} runtimes do: {@code target/lambda/function.zip}
 * unpacked into a task root ({@code LAMBDA_TASK_ROOT}, like {@code /var/task}), and AWS' Lambda runtime
 * client ({@code aws-lambda-java-runtime-interface-client}, test scope) as the main class, given the
 * template's handler {@code QuarkusStreamHandler::handleRequest}, {@code AWS_LAMBDA_RUNTIME_API} and
 * the JVM options in {@code JAVA_TOOL_OPTIONS}. (In JVM mode Quarkus does not poll the Runtime API
 * itself; only its native build does.) The runtime client polls {@code /invocation/next} and gets,
 * one after the other: (1) an SQS event whose record is the S3 notification of the reference page, which sits in
 * S3Proxy, summarized by the openai engine against a stub chat-completions server; (2) the API Gateway
 * HTTP API event {@code events/apigw-v2-summarize.json}; (3) {@code warm} more SQS events, each for a
 * new object (new work, not a reused result). The same events go to a minimal Quarkus Lambda (one
 * handler that returns a constant) in the same run. Reported: JVM start → runtime ready (first
 * {@code /next}), → first event done, → second event done, the median warm event, the median of
 * {@code runs} runs, and the process' CPU time when the first event was done (user + system, every
 * thread: with N cores, 1st done can never be below CPU ÷ N). Ratios (to the minimal Lambda, to the floor,
 * and to the first build when several are compared) are the median of each round's own ratio: the
 * variants of a round run back to back, so a machine that drifts between rounds moves both sides alike.
 *
 * <p>System properties: {@code bench.javaHome} (the JDK the functions run on; default this JVM's), {@code bench.runs} (5), {@code bench.warm} (5; a warm event's time runs from {@code /next} handing it out to its response), {@code bench.llmLatencyMs} (0),
 * {@code bench.javaOpts} (JVM options of the function; default the template's {@code JAVA_TOOL_OPTIONS} plus
 * {@code -Xmx400m}), {@code bench.precisZip}, {@code bench.minimalZip}
 * (empty = skip), {@code bench.floorZip} (the floor Lambda of {@code src/test/floor-lambda}: Precis' libraries doing
 * the least the events need, with no Precis code; empty = skip), {@code bench.variants} ({@code name=zip,name=zip}: several builds of the function,
 * interleaved in the same run, e.g. before and after a change, optionally with their own JVM options:
 * {@code name=zip|-XX:…}; names in lowercase letters, digits and dashes; default
 * {@code precis=target/lambda/function.zip}, the Lambda build of {@code ./mvnw package -Dlambda}),
 * {@code bench.tls} ({@code true}: S3Proxy and the stub LLM serve HTTPS, as S3 and the providers do, with a
 * throw-away certificate the functions' JVMs trust through {@code javax.net.ssl.trustStore} (that JDK's
 * {@code cacerts} plus this one); {@code false}: plain HTTP),
 * {@code bench.logs} (directory for the functions' output and task roots). "1st event" is 1st done
 * minus ready: the part of a cold start that SnapStart's snapshot does not remove.
 */
public final class ColdStartBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    private static final String ACCESS_KEY = "bench-access";
    private static final String SECRET_KEY = "bench-secret";
    private static final String RESULTS_BUCKET = "precis-results";
    private static final String MINIMAL = "minimal";
    private static final String FLOOR = "floor";
    private static final String RUNTIME_CLIENT = runtimeClient();
    /** The JDK the functions run on ({@code bench.javaHome}); default the one running the harness. */
    private static final String JAVA_HOME = System.getProperty("bench.javaHome", System.getProperty("java.home"));
    /** Longest wait for one milestone before a run is declared failed. */
    private static final long MILESTONE_TIMEOUT_MS = 60_000;

    /** A build of a function (unpacked) and the JVM options it runs with. */
    record Variant(Path taskRoot, List<String> javaOpts) {
    }

    /**
     * One run's milestones in milliseconds after the JVM was started; warm = median warm event; cpu = the
     * process' CPU time (user + system, all threads) when the first event was done.
     */
    record Run(double ready, double first, double second, double warm, long rssKb, double cpu) {
    }

    private final BlobStore blobs;
    private final String s3Endpoint;
    private final StubLlm llm;
    private final byte[] page;
    private final String apiGatewayEvent;
    private final int warm;
    private final Path logs;

    private ColdStartBench(BlobStore blobs, String s3Endpoint, StubLlm llm, int warm, Path logs) throws IOException {
        this.blobs = blobs;
        this.s3Endpoint = s3Endpoint;
        this.llm = llm;
        this.warm = warm;
        this.logs = logs;
        this.page = Files.readAllBytes(Path.of("events/objects/news/kim.html"));
        this.apiGatewayEvent = Files.readString(Path.of("events/apigw-v2-summarize.json"));
    }

    public static void main(String[] args) throws Exception {
        // Without TCP_NODELAY the JDK server's small writes meet the client's delayed ACK: +40 ms per call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int runs = Integer.getInteger("bench.runs", 5);
        int warm = Integer.getInteger("bench.warm", 5);
        long latency = Long.getLong("bench.llmLatencyMs", 0);
        List<String> javaOpts = split(System.getProperty("bench.javaOpts", templateJavaOptions() + " -Xmx400m"));
        Path logs = Path.of(System.getProperty("bench.logs", "target/bench-coldstart"));
        Files.createDirectories(logs);
        // HTTPS to S3 and the model, as on AWS, unless bench.tls=false; every function JVM trusts the bench's certificate.
        BenchTls tls = !List.of("0", "false").contains(System.getProperty("bench.tls", "true"))
                ? BenchTls.create(logs.resolve("tls"), JAVA_HOME) : null;
        List<String> trust = tls == null ? List.of() : tls.clientOptions();
        // name=zip pairs, run interleaved; the first is "the function", the last usually the minimal Lambda.
        Map<String, Variant> variants = new java.util.LinkedHashMap<>();
        String list = System.getProperty("bench.variants", "precis=target/lambda/function.zip");
        for (String v : list.split(",")) {
            String[] nz = v.split("=", 2);
            String[] zo = nz[1].split("\\|", 2); // name=zip|JVM options of this variant only
            String name = nz[0].strip();
            variants.put(name, new Variant(unpack(Path.of(zo[0].strip()), logs.resolve("task-" + name)),
                    plus(zo.length > 1 ? split(zo[1]) : javaOpts, trust)));
        }
        String floor = System.getProperty("bench.floorZip", "");
        if (!floor.isBlank()) {
            variants.put(FLOOR, new Variant(unpack(Path.of(floor), logs.resolve("task-" + FLOOR)), plus(javaOpts, trust)));
        }
        String minimal = System.getProperty("bench.minimalZip", "target/minimal-lambda/target/function.zip");
        if (!minimal.isBlank()) {
            variants.put(MINIMAL, new Variant(unpack(Path.of(minimal), logs.resolve("task-" + MINIMAL)), plus(javaOpts, trust)));
        }

        BlobStoreContext context = ContextBuilder.newBuilder("transient")
                .credentials(ACCESS_KEY, SECRET_KEY).build(BlobStoreContext.class);
        BlobStore blobs = context.getBlobStore();
        blobs.createContainerInLocation(null, RESULTS_BUCKET);
        S3Proxy.Builder s3 = S3Proxy.builder().blobStore(blobs).ignoreUnknownHeaders(true)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY);
        if (tls == null) {
            s3.endpoint(URI.create("http://127.0.0.1:0"));
        } else {
            s3.secureEndpoint(URI.create("https://127.0.0.1:0"))
                    .keyStore(tls.serverKeyStore().toString(), BenchTls.PASSWORD);
        }
        S3Proxy proxy = s3.build();
        proxy.start();
        while (!proxy.getState().equals("STARTED")) Thread.sleep(10);
        String s3Endpoint = tls == null ? "http://127.0.0.1:" + proxy.getPort() : "https://127.0.0.1:" + proxy.getSecurePort();

        System.out.printf(Locale.ROOT, "cold start: %d runs, %d warm events each, stub LLM latency %d ms, %s, JVM %s, options: %s%n",
                runs, warm, latency, tls == null ? "plain HTTP" : "HTTPS to S3 and the model", JAVA_HOME, String.join(" ", javaOpts));
        variants.forEach((name, v) -> System.out.printf("%-10s %s %s%n", name + ":", v.taskRoot(), String.join(" ", v.javaOpts())));
        try (StubLlm llm = new StubLlm(latency, tls == null ? null : tls.serverContext())) {
            if (tls != null) tls.warmServers(50, s3Endpoint + "/", llm.baseUrl().replace("/v1", "/"));
            ColdStartBench bench = new ColdStartBench(blobs, s3Endpoint, llm, warm, logs);
            Map<String, List<Run>> results = new java.util.LinkedHashMap<>();
            List<String> names = new ArrayList<>(variants.keySet());
            for (int i = 1; i <= runs; i++) {
                // Rotate the order each run, so no variant always meets a cooler page cache or a busier CPU.
                for (int k = 0; k < names.size(); k++) {
                    String name = names.get((k + i - 1) % names.size());
                    results.computeIfAbsent(name, n -> new ArrayList<>()).add(bench.run(name, variants.get(name), i));
                }
            }
            System.out.println();
            System.out.println("median of " + runs + " runs, ms after JVM start  ready   1st done  (1st event)  2nd done   warm event   peak RSS   CPU at 1st done");
            Map<String, Run> medians = new java.util.LinkedHashMap<>();
            names.forEach(n -> medians.put(n, median(results.get(n))));
            medians.forEach(ColdStartBench::print);
            // Ratios pair each run with the reference's run of the same round (they ran back to back), then
            // take the median: a machine that slows down or speeds up between rounds moves both sides alike.
            System.out.println("ratios, median of the rounds' own ratios   ready   1st done  (1st event)  2nd done   CPU at 1st done");
            List<String> references = new ArrayList<>();
            if (results.containsKey(MINIMAL)) references.add(MINIMAL);
            if (results.containsKey(FLOOR)) references.add(FLOOR);
            if (!names.get(0).equals(MINIMAL) && !names.get(0).equals(FLOOR) && names.size() > 1 + references.size()) {
                references.add(names.get(0)); // several builds compared: each against the first one too
            }
            for (String ref : references) {
                for (String name : names) {
                    if (name.equals(ref) || name.equals(MINIMAL) || (name.equals(FLOOR) && !ref.equals(MINIMAL))) continue;
                    printRatios(name, ref, results.get(name), results.get(ref));
                }
            }
            System.out.printf("stub LLM calls: %d; function output in %s%n", llm.calls(), logs);
        } finally {
            proxy.stop();
            context.close();
        }
    }

    /** One cold start and its events. */
    private Run run(String name, Variant variant, int index) throws Exception {
        String bucket = "bench-" + name + "-" + index;
        blobs.createContainerInLocation(null, bucket);
        put(bucket, "news/kim.html");
        for (int w = 1; w <= warm; w++) put(bucket, "news/warm-" + w + ".html");
        try (RuntimeApi api = new RuntimeApi()) { // a new endpoint per instance, as Lambda gives each its own
            return run(name, variant, index, bucket, api);
        }
    }

    private Run run(String name, Variant variant, int index, String bucket, RuntimeApi api) throws Exception {
        Path taskRoot = variant.taskRoot();

        List<String> command = new ArrayList<>();
        command.add(Path.of(JAVA_HOME, "bin", "java").toString());
        command.add("-cp");
        command.add(RUNTIME_CLIENT);
        command.add("com.amazonaws.services.lambda.runtime.api.client.AWSLambda");
        command.add(HANDLER);
        ProcessBuilder pb = new ProcessBuilder(command);
        environment(pb.environment(), api, bucket + "/results");
        pb.environment().put("LAMBDA_TASK_ROOT", taskRoot.toAbsolutePath().toString());
        pb.directory(taskRoot.toFile()); // the runtime client loads the function from its working directory
        pb.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", variant.javaOpts()));
        Path log = logs.resolve(name + "-" + index + ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());

        api.offer(sqsEvent(bucket, "news/kim.html"));
        long start = System.nanoTime();
        Process process = pb.start();
        try {
            long first = expect(api, process, log, "the SQS event", true);
            double cpu = cpuMs(process);
            long ready = api.firstNextNanos();
            api.offer(apiGatewayEvent);
            long second = expect(api, process, log, "the API Gateway event", false);
            double[] warmMs = new double[warm];
            for (int w = 1; w <= warm; w++) {
                api.offer(sqsEvent(bucket, "news/warm-" + w + ".html"));
                warmMs[w - 1] = ms(expectReply(api, process, log, "warm event " + w, true).inFunctionNanos());
            }
            Arrays.sort(warmMs);
            Run r = new Run(ms(ready - start), ms(first - start), ms(second - start),
                    warm == 0 ? 0 : warmMs[warm / 2], peakRssKb(process), cpu);
            System.out.printf(Locale.ROOT, "%-8s run %d: ready %5.0f ms, 1st done %5.0f ms (CPU %5.0f ms), 2nd done %5.0f ms, warm %s ms%n",
                    name, index, r.ready(), r.first(), r.cpu(), r.second(), format(warmMs));
            return r;
        } finally {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        }
    }

    private void environment(Map<String, String> env, RuntimeApi api, String storePrefix) {
        String path = env.get("PATH");
        env.clear(); // nothing of the caller's PRECIS_*/AWS_* settings leaks in
        env.put("PATH", path == null ? "/usr/bin:/bin" : path);
        env.put("AWS_LAMBDA_RUNTIME_API", api.address());
        env.put("_HANDLER", HANDLER);
        env.put("AWS_LAMBDA_FUNCTION_NAME", "precis-bench");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("DISABLE_SIGNAL_HANDLERS", "true");
        env.put("QUARKUS_S3_ENDPOINT_OVERRIDE", s3Endpoint);
        env.put("QUARKUS_S3_PATH_STYLE_ACCESS", "true");
        env.put("QUARKUS_S3_CHUNKED_ENCODING", "false");
        env.put("QUARKUS_S3_AWS_REGION", "us-east-1");
        env.put("PRECIS_LLM_PROVIDER", "openai");
        env.put("PRECIS_LLM_BASE_URL", llm.baseUrl());
        env.put("PRECIS_LLM_API_KEY", "sk-bench");
        env.put("PRECIS_LLM_MAX_RETRIES", "0");
        env.put("PRECIS_STORE_URI", "s3://" + RESULTS_BUCKET + "/" + storePrefix);
    }

    /** Waits for the reply to the event just offered and checks it succeeded; returns when it came. */
    private static long expect(RuntimeApi api, Process process, Path log, String what, boolean sqs) throws Exception {
        return expectReply(api, process, log, what, sqs).nanos();
    }

    private static RuntimeApi.Reply expectReply(RuntimeApi api, Process process, Path log, String what, boolean sqs)
            throws Exception {
        RuntimeApi.Reply reply = api.await(MILESTONE_TIMEOUT_MS);
        if (reply == null) {
            throw new IllegalStateException("no reply to " + what + " within " + MILESTONE_TIMEOUT_MS + " ms (alive: "
                    + process.isAlive() + "); see " + log);
        }
        if (reply.error()) {
            throw new IllegalStateException((reply.requestId() == null ? "init error" : what + " failed") + ": "
                    + reply.body() + "; see " + log);
        }
        JsonNode body = JSON.readTree(reply.body());
        boolean ok = sqs ? body.path("batchItemFailures").isEmpty()
                : !body.has("statusCode") || body.path("statusCode").asInt() == 200;
        if (!ok) throw new IllegalStateException(what + " answered " + reply.body() + "; see " + log);
        return reply;
    }

    private void put(String bucket, String key) {
        Blob blob = blobs.blobBuilder(key).payload(page).contentLength(page.length)
                .contentType("text/html").build(); // no charset parameter: S3Proxy would refuse it
        blobs.putBlob(bucket, blob);
    }

    /** An SQS event of one record whose body is the S3 ObjectCreated notification of {@code bucket/key}. */
    private static String sqsEvent(String bucket, String key) throws IOException {
        ObjectNode s3 = JSON.createObjectNode();
        ObjectNode n = s3.putArray("Records").addObject();
        n.put("eventVersion", "2.1");
        n.put("eventSource", "aws:s3");
        n.put("awsRegion", "us-east-1");
        n.put("eventName", "ObjectCreated:Put");
        n.putObject("s3").put("s3SchemaVersion", "1.0");
        ((ObjectNode) n.get("s3")).putObject("bucket").put("name", bucket);
        ((ObjectNode) n.get("s3")).putObject("object").put("key", key);
        ObjectNode event = JSON.createObjectNode();
        ObjectNode r = event.putArray("Records").addObject();
        r.put("messageId", "bench-" + bucket + "-" + key.replace('/', '-'));
        r.put("receiptHandle", "bench");
        r.put("body", JSON.writeValueAsString(s3));
        r.putObject("attributes").put("ApproximateReceiveCount", "1");
        r.putObject("messageAttributes");
        r.put("eventSource", "aws:sqs");
        r.put("eventSourceARN", "arn:aws:sqs:us-east-1:123456789012:precis-requests");
        r.put("awsRegion", "us-east-1");
        return JSON.writeValueAsString(event);
    }

    /** VmHWM of a live process in kB (0 where /proc is absent). */
    private static long peakRssKb(Process process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** JAVA_TOOL_OPTIONS of infra/template.yaml: the bench runs the function with what deploys. */
    static String templateJavaOptions() throws IOException {
        for (String line : Files.readAllLines(Path.of("infra/template.yaml"))) {
            String t = line.strip();
            if (t.startsWith("JAVA_TOOL_OPTIONS:")) return t.substring("JAVA_TOOL_OPTIONS:".length()).strip();
        }
        throw new IllegalStateException("no JAVA_TOOL_OPTIONS in infra/template.yaml");
    }

    /**
     * User + system CPU time of a live process and all its threads, in ms (0 where /proc is absent): fields
     * 14 and 15 of /proc/PID/stat, in clock ticks of 10 ms (USER_HZ is 100 on Linux).
     */
    private static double cpuMs(Process process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // after "(comm) ", field 3 is f[0]
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** {@code zip} unpacked into {@code dir} (emptied first), as Lambda unpacks a function into /var/task. */
    private static Path unpack(Path zip, Path dir) throws IOException {
        if (!Files.isRegularFile(zip)) throw new IllegalStateException(zip + " is missing; run ./mvnw package");
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = dir.resolve(e.getName()).normalize();
                if (!target.startsWith(dir)) throw new IOException("entry outside the task root: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        return dir;
    }

    /** The runtime client's jars, taken from this benchmark's own (test) class path. */
    private static String runtimeClient() {
        List<String> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("aws-lambda-java-runtime-interface-client") || name.startsWith("aws-lambda-java-serialization")
                    || name.startsWith("aws-lambda-java-core") || name.startsWith("utils-lite")) {
                jars.add(entry);
            }
        }
        if (jars.isEmpty()) throw new IllegalStateException("aws-lambda-java-runtime-interface-client is not on the class path");
        return String.join(File.pathSeparator, jars);
    }

    private static Run median(List<Run> runs) {
        return new Run(median(runs, Run::ready), median(runs, Run::first), median(runs, Run::second),
                median(runs, Run::warm), (long) median(runs, r -> (double) r.rssKb()), median(runs, Run::cpu));
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void printRatios(String name, String ref, List<Run> a, List<Run> b) {
        System.out.printf(Locale.ROOT, "%-38s %6.2fx  %8.2fx  %9.2fx  %8.2fx   %8.2fx%n", name + " / " + ref,
                pairedRatio(a, b, Run::ready), pairedRatio(a, b, Run::first),
                pairedRatio(a, b, r -> r.first() - r.ready()), pairedRatio(a, b, Run::second), pairedRatio(a, b, Run::cpu));
    }

    /** The median over rounds of a's value ÷ b's value in the same round. */
    static double pairedRatio(List<Run> a, List<Run> b, java.util.function.ToDoubleFunction<Run> f) {
        double[] v = new double[Math.min(a.size(), b.size())];
        for (int i = 0; i < v.length; i++) v[i] = f.applyAsDouble(a.get(i)) / f.applyAsDouble(b.get(i));
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void print(String name, Run r) {
        System.out.printf(Locale.ROOT, "%-38s %6.0f   %8.0f   %9.0f   %8.0f   %8.1f ms   %5d MB   %8.0f ms%n",
                name, r.ready(), r.first(), r.first() - r.ready(), r.second(), r.warm(), r.rssKb() / 1024, r.cpu());
    }

    private static String format(double[] values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", v));
        return "[" + b + "]";
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static List<String> plus(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static List<String> split(String opts) {
        return opts.isBlank() ? List.of() : List.of(opts.trim().split("\\s+"));
    }
}
