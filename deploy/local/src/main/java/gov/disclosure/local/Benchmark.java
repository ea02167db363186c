package gov.disclosure.local;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the system on this machine, for {@code deploy/local/benchmark}: a fresh system of its own (free ports,
 * databases {@code *_bench}), then reports submitted as JSON by concurrent clients, how long until the rollups hold
 * them all, published texts submitted (the parser's cost), and the memory each process holds. Numbers, not
 * verdicts: speed is measured here, never asserted in tests.
 * <pre>  deploy/local/benchmark [reports=2000] [clients=8] [texts=200]</pre>
 */
public final class Benchmark {

    private static final String REPORT_DATABASE = "report_service_bench";
    private static final String AGGREGATION_DATABASE = "aggregation_service_bench";
    private static final int YEAR = 2024;
    private static final Pattern COUNT = Pattern.compile("\"reportCount\"\\s*:\\s*(\\d+)");

    private final ProjectLayout layout = ProjectLayout.find();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int reports;
    private final int clients;
    private final int texts;

    private Benchmark(int reports, int clients, int texts) {
        this.reports = reports;
        this.clients = clients;
        this.texts = texts;
    }

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int texts = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        if (reports < 1 || clients < 1 || texts < 0) {
            System.err.println("usage: deploy/local/benchmark [reports >= 1] [clients >= 1] [texts >= 0]");
            System.exit(2);
        }
        new Benchmark(reports, clients, texts).run();
    }

    private void run() throws Exception {
        Path home = layout.root().resolve("deploy/local/target/benchmark");
        Folders.deleteRecursively(home);
        Databases databases = Databases.local();
        databases.checkReachable();
        databases.recreate(REPORT_DATABASE, AGGREGATION_DATABASE);
        int[] ports = Ports.free(4);
        LocalKeys keys = LocalKeys.in(home.resolve("keys"));
        KafkaBroker kafka = new KafkaBroker(home.resolve("kafka"), ports[0], ports[1], home.resolve("kafka.log"));
        List<Component> system = new ArrayList<>(List.of(kafka));
        try {
            kafka.start();
            ServiceProcess reportService = service("report-service", ports[2], REPORT_DATABASE, databases, kafka, keys, home);
            ServiceProcess aggregationService = service("aggregation-service", ports[3], AGGREGATION_DATABASE, databases,
                    kafka, keys, home);
            system.add(reportService);
            system.add(aggregationService);
            reportService.start();
            aggregationService.start();
            measure(reportService, aggregationService, kafka, keys.adminToken());
        } finally {
            Collections.reverse(system);
            system.forEach(Component::stop);
        }
    }

    private void measure(ServiceProcess reportService, ServiceProcess aggregationService, KafkaBroker kafka,
                         String token) throws Exception {
        String json = Files.readString(layout.root().resolve(
                "report-service/src/test/resources/fixtures/reports/xinan-example-2023-pdf.expected.json"));
        String text = Files.readString(layout.root().resolve(
                "report-service/src/test/resources/fixtures/reports/ruzhou-szfb-2024.txt"));
        List<String> counties = henanCounties();
        say("%d JSON reports and %d published texts, %d concurrent clients, on %d cores".formatted(
                reports, texts, clients, Runtime.getRuntime().availableProcessors()));

        double[] cpuBefore = cpu(reportService, aggregationService, kafka);
        long start = System.nanoTime();
        Timings submitted = submit(reports, i -> post(reportService.url() + "/api/v1/reports", "application/json",
                json.replace("\"410323-example-bureau\"", "\"bench-" + i + "\"")
                        .replace("\"regionCode\": \"410323\"", "\"regionCode\": \"" + counties.get(i % counties.size()) + "\"")
                        .replace("\"year\": 2023", "\"year\": " + YEAR), token));
        say("submitted    " + submitted.describe("reports"));

        long lastSubmitted = System.nanoTime();
        awaitRolledUp(aggregationService, token, reports);
        long rolledUp = System.nanoTime();
        say("rolled up    all %d in %.1f s from the first submission, %.1f s after the last".formatted(
                reports, seconds(rolledUp - start), seconds(rolledUp - lastSubmitted)));
        double[] cpuAfter = cpu(reportService, aggregationService, kafka);
        say(("cpu          report-service %.1f s, aggregation-service %.1f s, kafka %.1f s, postgresql %.1f s, "
                + "this benchmark %.1f s (of %.1f s on %d cores)").formatted(cpuAfter[0] - cpuBefore[0],
                cpuAfter[1] - cpuBefore[1], cpuAfter[2] - cpuBefore[2], cpuAfter[3] - cpuBefore[3],
                cpuAfter[4] - cpuBefore[4], seconds(rolledUp - start) * Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors()));

        if (texts > 0) {
            Timings read = submit(texts, i -> post(reportService.url() + "/api/v1/reports?agencyId=bench-text-" + i,
                    "text/plain; charset=UTF-8", text.replace("汝州市人民政府办公室", "汝州市基准测试局" + i), token));
            say("texts        " + read.describe("published texts read and stored"));
        }

        say("memory (RSS) report-service %d MB, aggregation-service %d MB, kafka %d MB".formatted(
                rssMegabytes(reportService), rssMegabytes(aggregationService), rssMegabytes(kafka)));
    }

    /** CPU seconds so far of the services, the broker, PostgreSQL and this JVM. */
    private static double[] cpu(Component reportService, Component aggregationService, Component kafka) {
        return new double[] {CpuTime.of(reportService.pid()), CpuTime.of(aggregationService.pid()),
                CpuTime.of(kafka.pid()), CpuTime.postgres(), CpuTime.of(ProcessHandle.current().pid())};
    }

    /** Runs {@code count} requests on {@code clients} threads; each answers its latency, or fails the run. */
    private Timings submit(int count, IntFunction<Long> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<Long>> latencies = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                latencies.add(pool.submit(() -> request.apply(index)));
            }
            List<Long> nanos = new ArrayList<>();
            for (Future<Long> latency : latencies) {
                nanos.add(latency.get());
            }
            return new Timings(nanos, System.nanoTime() - start);
        } finally {
            pool.shutdownNow();
        }
    }

    private long post(String url, String contentType, String body, String token) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", contentType)
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("expected 201, got " + response.statusCode() + ": " + response.body());
            }
            return System.nanoTime() - start;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitRolledUp(ServiceProcess aggregationService, String token, int expected) throws Exception {
        HttpRequest country = HttpRequest.newBuilder(URI.create(aggregationService.url() + "/api/v1/rollups/000000/" + YEAR))
                .header("Authorization", "Bearer " + token).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher count = COUNT.matcher(http.send(country, HttpResponse.BodyHandlers.ofString()).body());
            if (count.find() && Integer.parseInt(count.group(1)) >= expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the rollups did not hold all " + expected + " reports within 10 minutes");
    }

    private List<String> henanCounties() throws IOException {
        return Files.readAllLines(layout.root().resolve("report-model/src/main/resources/regions.csv")).stream()
                .filter(line -> line.startsWith("41") && line.contains(",county,"))
                .map(line -> line.substring(0, 6))
                .toList();
    }

    private static ServiceProcess service(String name, int port, String database, Databases databases, KafkaBroker kafka,
                                          LocalKeys keys, Path home) {
        return new ServiceProcess(name, ProjectLayout.find().serviceJar(name), port,
                ServiceEnvironment.of(databases, database, kafka, keys), home.resolve(name + ".log"));
    }

    /** Resident memory of a process, from /proc (Linux). */
    private static long rssMegabytes(Component component) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(component.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            // not Linux: unknown
        }
        return -1;
    }

    private record Timings(List<Long> latencies, long total) {

        String describe(String what) {
            List<Long> sorted = latencies.stream().sorted().toList();
            return String.format(Locale.ROOT, "%d %s in %.1f s: %.0f/s; latency p50 %d ms, p95 %d ms, p99 %d ms, max %d ms",
                    sorted.size(), what, seconds(total), sorted.size() / seconds(total), percentile(sorted, 50),
                    percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1_000_000);
        }

        private static long percentile(List<Long> sorted, int percent) {
            return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1_000_000;
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void say(String line) {
        System.out.println("[benchmark] " + line);
        System.out.flush();
    }
}
