package gov.disclosure.local.benchmark;

import gov.disclosure.local.Databases;
import gov.disclosure.local.Folders;
import gov.disclosure.local.KafkaBroker;
import gov.disclosure.local.LocalKeys;
import gov.disclosure.local.Ports;
import gov.disclosure.local.ProjectLayout;
import gov.disclosure.local.ServiceEnvironment;
import gov.disclosure.local.ServiceProcess;
import gov.disclosure.local.CpuTime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The read side alone, for tuning it: a broker and aggregation-service of their own (database
 * {@code aggregation_service_reads_bench} plus the checkout's TEST_SCHEMA_SUFFIX), rollup rows written straight into
 * the database (every region, 2024, both scopes), then rollup GETs at a constant rate: answered per second, latency
 * from the intended time, statuses, and the service's CPU per GET; then the same GETs revalidated with the ETags
 * answered before (If-None-Match); then three times the rate, to see it shed load; then resident memory.
 * {@code java -cp ... gov.disclosure.local.benchmark.ReadBenchmark [rate] [seconds]} (default 1000 GETs/s for 10 s;
 * {@code -Dreads.jar=...} another build's {@code quarkus-run.jar}, {@code -Dreads.env=NAME=value,...} more of its
 * configuration, {@code -Dreads.starts=N} N starts measured, to compare).
 */
public final class ReadBenchmark {

    private static final int YEAR = 2024;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private ServiceProcess service;
    private String token;
    /** CPU seconds per second the service spends with no request (its consumers polling, metrics, …). */
    private double idle;
    private List<String> regions;

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try {
            new ReadBenchmark().run(rate, seconds, System.getProperty("TEST_SCHEMA_SUFFIX", ""));
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    void run(int rate, int seconds, String suffix) throws Exception {
        ProjectLayout layout = ProjectLayout.find();
        Databases databases = Databases.local();
        Path home = layout.root().resolve("deploy/local/target/read-benchmark");
        Folders.deleteRecursively(home);
        String database = "aggregation_service_reads_bench" + suffix;
        databases.recreate(database);
        int[] ports = Ports.free(3);
        LocalKeys keys = LocalKeys.in(home.resolve("keys"));
        token = keys.adminToken();
        KafkaBroker kafka = new KafkaBroker(home.resolve("kafka"), ports[0], ports[1], home.resolve("kafka.log"));
        try {
            kafka.start();
            Path jar = System.getProperty("reads.jar") == null ? layout.serviceJar("aggregation-service")
                    : Path.of(System.getProperty("reads.jar"));
            Map<String, String> environment = new java.util.HashMap<>(ServiceEnvironment.of(databases, database, kafka, keys));
            environment.putAll(extraEnvironment());
            for (int start = 1; start < Integer.getInteger("reads.starts", 1); start++) {
                service = new ServiceProcess("aggregation-service", jar, ports[2], environment,
                        home.resolve("aggregation-service-" + start + ".log"));
                start("start " + start);
                service.stop();
            }
            service = new ServiceProcess("aggregation-service", jar, ports[2], environment,
                    home.resolve("aggregation-service.log"));
            start("start");
            if (Boolean.getBoolean("reads.startsOnly")) {
                return;
            }
            regions = seed(databases, database, layout.root());
            idle = idleCpuPerSecond();
            // the JIT compiles the read path in the first thousands of requests: those are not measured
            phase("warm-up", rate, 2 * seconds, false);
            phase("GET", rate, seconds, false);
            phase("GET 304", rate, seconds, true);
            phase("GET again", rate, seconds, false);
            phase("overload", rate * 3, Math.min(seconds, 3), false);
            say("memory       " + memory());
        } finally {
            if (service != null) {
                service.stop();
            }
            kafka.stop();
        }
    }

    private void start(String name) {
        long start = System.nanoTime();
        service.start();
        say("%-12s ready in %.2f s, %.2f s of CPU (broker up); %s".formatted(name, (System.nanoTime() - start) / 1e9,
                CpuTime.of(service.pid()), memory()));
        say("             CPU by thread: " + cpuByThread());
    }

    /** Seconds of CPU the service's threads used, by thread name (numbers in names left out), most first. */
    private String cpuByThread() {
        Map<String, Double> seconds = new java.util.HashMap<>();
        try (var threads = Files.list(Path.of("/proc", String.valueOf(service.pid()), "task"))) {
            threads.forEach(thread -> {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "#");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    seconds.merge(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0, Double::sum);
                } catch (java.io.IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            });
        } catch (java.io.IOException e) {
            return "unknown";
        }
        return seconds.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                .map(entry -> String.format(Locale.ROOT, "%s %.2f", entry.getKey(), entry.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** {@code -Dreads.env=NAME=value,NAME=value}: more of the service's configuration, to compare settings. */
    private static Map<String, String> extraEnvironment() {
        Map<String, String> extra = new java.util.HashMap<>();
        String given = System.getProperty("reads.env", "");
        for (String pair : given.split(",")) {
            if (pair.contains("=")) {
                extra.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return extra;
    }

    /** Rollup rows for every region of the table, 2024, both scopes, numbers made up; the codes to read. */
    private static List<String> seed(Databases databases, String database, Path root) throws Exception {
        List<String> codes = Files.readAllLines(root.resolve("report-model/src/main/resources/regions.csv")).stream()
                .skip(1).filter(line -> !line.isBlank()).map(line -> line.substring(0, 6)).toList();
        try (Connection connection = databases.connect(database); Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into rollup (region_code, year, scope, basis, breaks_rules, report_count,
                                        reports_with_violations, numbers, updated_at)
                    select code, %d, scope, 'RECEIVED', false, 1 + (random() * 50)::int, 0,
                           array(select (random() * 1000)::int::numeric
                                 from generate_series(1, (select cardinality(numbers_order) from rollup_maintenance))
                                 where code is not null),
                           now()
                    from unnest(?::text[]) as code, unnest(array['OWN', 'ALL']) as scope
                    """.formatted(YEAR).replace("?::text[]", "'{" + String.join(",", codes) + "}'::text[]"));
            statement.execute("analyze rollup");
        }
        return codes;
    }

    private double idleCpuPerSecond() throws InterruptedException {
        double before = CpuTime.of(service.pid());
        Thread.sleep(10_000);
        double perSecond = (CpuTime.of(service.pid()) - before) / 10;
        say(String.format(Locale.ROOT, "idle         %.1f ms CPU per second without requests (subtracted below)",
                perSecond * 1000));
        return perSecond;
    }

    private void phase(String name, int rate, int seconds, boolean revalidate) {
        Map<String, String> etags = new ConcurrentHashMap<>();
        if (revalidate) {
            regions.forEach(code -> {
                HttpResponse<String> answer = http.sendAsync(request(code, null), HttpResponse.BodyHandlers.ofString()).join();
                answer.headers().firstValue("ETag").ifPresent(etag -> etags.put(code, etag));
            });
            if (etags.isEmpty()) {
                say("%-12s no ETag answered: nothing to revalidate".formatted(name));
                return;
            }
        }
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger healthSlow = new AtomicInteger();
        double cpuBefore = CpuTime.of(service.pid());
        OpenLoop.Outcome outcome = OpenLoop.run(rate, seconds, i -> {
            String code = regions.get(ThreadLocalRandom.current().nextInt(regions.size()));
            CompletableFuture<String> answer = http.sendAsync(request(code, etags.get(code)),
                            HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> {
                        statuses.computeIfAbsent(response.statusCode(), status -> new AtomicInteger()).incrementAndGet();
                        return response.statusCode() == 200 || response.statusCode() == 304 ? null
                                : "answered " + response.statusCode() + ": " + response.body();
                    });
            if (i % rate == 0) {
                long sent = System.nanoTime();
                http.sendAsync(HttpRequest.newBuilder(URI.create(service.url() + "/q/health/live")).timeout(TIMEOUT)
                        .build(), HttpResponse.BodyHandlers.discarding()).thenAccept(health -> {
                    if (health.statusCode() != 200 || System.nanoTime() - sent > 1_000_000_000L) {
                        healthSlow.incrementAndGet();
                    }
                });
            }
            return answer;
        });
        double cpu = CpuTime.of(service.pid()) - cpuBefore - idle * outcome.seconds();
        Map<Integer, Integer> counted = new TreeMap<>();
        statuses.forEach((status, count) -> counted.put(status, count.get()));
        say(String.format(Locale.ROOT, "%-12s %d/s for %d s: %.0f/s answered %s; latency %s; %.3f ms CPU per GET (less idle); "
                        + "health slow or failing %d times%s", name, rate, seconds, outcome.perSecond(), counted,
                outcome.latencies().describe(), cpu * 1000 / Math.max(1, outcome.latencyNanos().length),
                healthSlow.get(), outcome.firstFailure() == null || outcome.firstFailure().contains(" 503: ")
                        ? "" : " (first failure: " + outcome.firstFailure() + ")"));
    }

    private HttpRequest request(String code, String etag) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url() + "/api/v1/rollups/" + code + "/" + YEAR))
                .header("Authorization", "Bearer " + token).timeout(TIMEOUT);
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return request.build();
    }

    private String memory() {
        long[] megabytes = ProcessFigures.residentMegabytes(service);
        return "%d MB resident, %d MB at its peak".formatted(megabytes[0], megabytes[1]);
    }

    private static void say(String line) {
        System.out.println("[reads] " + line);
        System.out.flush();
    }
}
