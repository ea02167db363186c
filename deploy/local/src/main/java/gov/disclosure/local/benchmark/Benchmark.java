package gov.disclosure.local.benchmark;

import gov.disclosure.local.Component;
import gov.disclosure.local.Databases;
import gov.disclosure.local.Folders;
import gov.disclosure.local.KafkaBroker;
import gov.disclosure.local.LocalKeys;
import gov.disclosure.local.Ports;
import gov.disclosure.local.ProjectLayout;
import gov.disclosure.local.ServiceEnvironment;
import gov.disclosure.local.ServiceProcess;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the system on this machine, for {@code deploy/local/benchmark}: a fresh system of its own (free ports,
 * databases {@code *_bench}), then, in one run, PostgreSQL's raw-SQL baselines (pgbench), reports submitted one by
 * one as fast as closed-loop clients can, reports sent through the bulk path, a constant arrival rate of reports
 * with rollup reads beside it (latency from each request's intended time, freshness from each POST's answer to the
 * aggregation service's applying it, lag), published texts, CPU per report per process and resident memory.
 * Numbers, not verdicts: speed is measured here, never asserted in tests.
 */
public final class Benchmark {

    private static final Pattern CREATED_LINE = Pattern.compile("\"status\"\\s*:\\s*201\\b");
    private static final Duration CATCH_UP = Duration.ofMinutes(10);

    /** What the tests check a short run for; the printed lines carry the rest. */
    public record Result(double oneByOnePerSecond, double bulkPerSecond, int openLoopPosts, int openLoopFailures,
                         int readFailures, int freshnessSamples, int notApplied) {
    }

    private final BenchmarkPlan plan;
    private final String databaseSuffix;
    private final String reportDatabase;
    private final String aggregationDatabase;
    private final ProjectLayout layout = ProjectLayout.find();
    private final Databases databases = Databases.local();
    private final List<String> printed = new ArrayList<>();
    private BenchmarkReports reports;
    private BenchmarkClient client;
    private ServiceProcess reportService;
    private ServiceProcess aggregationService;
    private KafkaBroker kafka;
    private int inRollups;

    public Benchmark(BenchmarkPlan plan, String databaseSuffix) {
        this.plan = plan;
        this.databaseSuffix = databaseSuffix;
        this.reportDatabase = "report_service_bench" + databaseSuffix;
        this.aggregationDatabase = "aggregation_service_bench" + databaseSuffix;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkPlan plan;
        try {
            plan = BenchmarkPlan.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchmarkPlan.USAGE);
            System.exit(2);
            return;
        }
        try {
            // another checkout's benchmark on the same PostgreSQL must not drop this one's databases
            new Benchmark(plan, System.getenv().getOrDefault("BENCHMARK_DATABASE_SUFFIX", "")).run();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        // the HTTP client's and the open loops' threads must not keep the JVM alive
        System.exit(0);
    }

    /** The lines printed so far. */
    public List<String> printed() {
        return List.copyOf(printed);
    }

    public Result run() throws Exception {
        Path home = layout.root().resolve("deploy/local/target/benchmark" + databaseSuffix);
        Folders.deleteRecursively(home);
        databases.checkReachable();
        databases.recreate(reportDatabase, aggregationDatabase);
        int[] ports = Ports.free(4);
        LocalKeys keys = LocalKeys.in(home.resolve("keys"));
        kafka = new KafkaBroker(home.resolve("kafka"), ports[0], ports[1], home.resolve("kafka.log"));
        List<Component> system = new ArrayList<>(List.of(kafka));
        try {
            kafka.start();
            reportService = service("report-service", ports[2], reportDatabase, keys, home);
            aggregationService = service("aggregation-service", ports[3], aggregationDatabase, keys, home);
            system.add(reportService);
            system.add(aggregationService);
            say("%s at %s, on %d cores; %s".formatted(Instant.now(), commit(), Runtime.getRuntime().availableProcessors(),
                    plan));
            say("start        report-service ready in %.1f s, aggregation-service in %.1f s (empty databases, one after the other)"
                    .formatted(timeToReady(reportService), timeToReady(aggregationService)));
            reports = new BenchmarkReports(layout.root());
            client = new BenchmarkClient(reportService.url(), aggregationService.url(), keys.adminToken());
            return measure(home);
        } finally {
            Collections.reverse(system);
            system.forEach(Component::stop);
        }
    }

    private Result measure(Path home) throws Exception {
        AutovacuumStandIn.Setting vacuum = AutovacuumStandIn.start(databases, reportDatabase, aggregationDatabase);
        say("postgres     " + vacuum.describe());
        try (AutovacuumStandIn standIn = vacuum.standIn()) {
            return measure(home, standIn);
        }
    }

    private Result measure(Path home, AutovacuumStandIn standIn) throws Exception {
        SqlBaseline baseline = new SqlBaseline(databases, "baseline_bench" + databaseSuffix, home.resolve("baseline"),
                reports.template());
        Optional<SqlBaseline.Figures> oneByOneBaseline = baseline.oneByOne(plan.baselineSeconds());
        Optional<SqlBaseline.Figures> batchedBaseline = baseline.batched(plan.bulkLines(), plan.baselineSeconds());
        if (oneByOneBaseline.isEmpty()) {
            say("baseline     pgbench not found (Debian's postgresql-client has it): no raw-SQL baselines");
        } else {
            say(("baseline     PostgreSQL alone (pgbench, 4 clients, %d s), a report as jsonb + its outbox row: "
                    + "%.0f reports/s one per transaction, %.0f reports/s %d per transaction").formatted(
                    plan.baselineSeconds(), oneByOneBaseline.get().reportsPerSecond(),
                    batchedBaseline.orElseThrow().reportsPerSecond(), plan.bulkLines()));
        }
        warmUp();
        if (standIn != null) {
            standIn.runNow();
        }
        idle();
        double oneByOne = oneByOne(oneByOneBaseline);
        double bulk = bulk(batchedBaseline);
        history();
        OpenLoopFigures constantRate = constantRate();
        texts();
        for (Component component : List.of(reportService, aggregationService, kafka)) {
            long[] megabytes = ProcessFigures.residentMegabytes(component);
            say("memory       %s: %d MB resident now, %d MB at its peak".formatted(component.name(), megabytes[0],
                    megabytes[1]));
        }
        return new Result(oneByOne, bulk, constantRate.posts.latencyNanos().length, constantRate.posts.failures(),
                constantRate.reads.failures(), constantRate.freshness.latencies().count(),
                constantRate.freshness.notApplied());
    }

    /**
     * The same work as the measured phases, unmeasured, in rounds until the JVMs are warm: a service's first minutes
     * are mostly the JIT compiling its hot paths, a one-time cost that would otherwise be counted in the measured
     * phases' CPU per report. A round is {@code warm-up} reports one by one, as many in bulk and as many rollup GETs;
     * the rounds stop once one's JIT compiling took at most {@link BenchmarkPlan#SETTLED} of the services' CPU, or
     * after {@code warm-up-rounds}.
     */
    private void warmUp() throws Exception {
        if (plan.warmUp() == 0) {
            return;
        }
        int round = 0;
        double compilingShare;
        do {
            compilingShare = warmUpRound(++round).compilingShareOfServices();
        } while (plan.warmsUpAfter(round, compilingShare));
        say("             %s after %d round%s".formatted(compilingShare <= BenchmarkPlan.SETTLED ? "warm"
                : "still compiling", round, round == 1 ? "" : "s"));
    }

    private ProcessFigures warmUpRound(int round) throws Exception {
        ProcessFigures before = cpu();
        long start = System.nanoTime();
        String prefix = "bench-warm-" + round + "-";
        ClosedLoop.run(plan.warmUp(), plan.clients(), i -> client.post("/api/v1/reports", "application/json",
                reports.json(prefix + i, i), 201));
        sendBulk(prefix + "bulk-", plan.warmUp());
        List<String> regions = reports.counties();
        ClosedLoop.run(plan.warmUp(), plan.clients(), i -> client.rollupAsync(regions.get(i % regions.size()),
                BenchmarkReports.YEAR).join());
        client.awaitRollups(BenchmarkReports.YEAR, inRollups += 2 * plan.warmUp(), CATCH_UP);
        ProcessFigures used = cpu().minus(before);
        say(("warm-up %-4d %d reports one by one, %d in bulk, %d rollup GETs (not measured) in %.1f s; CPU s: "
                + "report-service %.1f, aggregation-service %.1f, PostgreSQL %.1f, Kafka %.1f (JIT compilers %.1f; the "
                + "services' %.1f, %.0f %% of their CPU)").formatted(round, plan.warmUp(), plan.warmUp(), plan.warmUp(),
                (System.nanoTime() - start) / 1e9, used.reportService(), used.aggregationService(), used.postgres(),
                used.kafka(), used.compilers().total(), used.compilers().services(),
                100 * used.compilingShareOfServices()));
        return used;
    }

    /**
     * The processes without load, after the warm-up: what they spend in the background (consumer polls, the outbox
     * relay's poll, broker heartbeats, timers) counts in every phase's CPU per report, most in the slowest phases.
     */
    private void idle() throws InterruptedException {
        if (plan.idleSeconds() == 0) {
            return;
        }
        ProcessFigures before = cpu();
        long start = System.nanoTime();
        Thread.sleep(plan.idleSeconds() * 1000L);
        double seconds = (System.nanoTime() - start) / 1e9;
        say("idle         %d s without load: %s".formatted(plan.idleSeconds(), cpu().minus(before).perSecond(seconds)));
    }

    /** Reports one by one from closed-loop clients: the capacity of the single POST, end to end. */
    private double oneByOne(Optional<SqlBaseline.Figures> baseline) throws Exception {
        ProcessFigures before = cpu();
        ClosedLoop.Outcome posts = ClosedLoop.run(plan.reports(), plan.clients(), i -> client.post("/api/v1/reports",
                "application/json", reports.json("bench-" + i, i), 201));
        double afterLast = client.awaitRollups(BenchmarkReports.YEAR, inRollups += plan.reports(), CATCH_UP);
        ProcessFigures used = cpu().minus(before);
        say("one by one   %d reports from %d clients: %.0f/s%s; latency %s".formatted(plan.reports(), plan.clients(),
                posts.perSecond(), ratio(posts.perSecond(), baseline, "one by one"), posts.latencies().describe()));
        say("             all in the rollups %.1f s after the last answer; %s".formatted(afterLast,
                used.perReport(plan.reports())));
        return posts.perSecond();
    }

    /** Reports through POST /api/v1/reports/bulk, two requests at a time, until the rollups hold them all. */
    private double bulk(Optional<SqlBaseline.Figures> baseline) throws Exception {
        if (plan.bulkReports() == 0) {
            return Double.NaN;
        }
        HttpResponse<String> probe = client.postForResponse("/api/v1/reports/bulk", "application/x-ndjson", "");
        if (probe.statusCode() == 404 || probe.statusCode() == 405) {
            say("bulk         not available: POST /api/v1/reports/bulk answered " + probe.statusCode());
            return Double.NaN;
        }
        ProcessFigures before = cpu();
        long start = System.nanoTime();
        ClosedLoop.Outcome posts = sendBulk("bench-bulk-", plan.bulkReports());
        double afterLast = client.awaitRollups(BenchmarkReports.YEAR, inRollups += plan.bulkReports(), CATCH_UP);
        double perSecond = plan.bulkReports() / ((System.nanoTime() - start) / 1e9);
        ProcessFigures used = cpu().minus(before);
        say("bulk         %d reports in requests of %d lines: %.0f reports/s end to end, rollups caught up%s"
                .formatted(plan.bulkReports(), plan.bulkLines(), perSecond, ratio(perSecond, baseline, "batched")));
        say("             answered at %.0f reports/s (request latency %s); in the rollups %.1f s after the last answer; %s"
                .formatted(plan.bulkReports() / posts.seconds(), posts.latencies().describe(), afterLast,
                        used.perReport(plan.bulkReports())));
        return perSecond;
    }

    /**
     * A backfill of history: {@code history} agencies' reports of the years before the other phases' year, sent year
     * by year as the bulk phase sends its own, each year's rollups caught up before the next; a year's reports are
     * checked against its agency's year before, stored by the requests of that year. Each year's rate and CPU per
     * report, so that a later year's cost can be told from the first's.
     */
    private void history() throws Exception {
        if (plan.historyAgencies() == 0 || plan.bulkReports() == 0) {
            return;
        }
        for (int year = BenchmarkReports.FIRST_HISTORY_YEAR; year < BenchmarkReports.YEAR; year++) {
            int ofYear = year;
            ProcessFigures before = cpu();
            long start = System.nanoTime();
            sendBulk(plan.historyAgencies(), i -> reports.line("bench-history-" + i, i, ofYear));
            double afterLast = client.awaitRollups(year, plan.historyAgencies(), CATCH_UP);
            double perSecond = plan.historyAgencies() / ((System.nanoTime() - start) / 1e9);
            String checked = year == BenchmarkReports.FIRST_HISTORY_YEAR ? "no year before"
                    : "each checked against its agency's year before";
            say(("history %d %d reports in bulk (%s): %.0f reports/s end to end; in the rollups %.1f s after the last "
                    + "answer; %s").formatted(year, plan.historyAgencies(), checked, perSecond, afterLast,
                            cpu().minus(before).perReport(plan.historyAgencies())));
        }
    }

    /** {@code count} reports of agencies named {@code prefix + i} in requests of {@code bulk-lines}, two at a time. */
    private ClosedLoop.Outcome sendBulk(String prefix, int count) throws Exception {
        return sendBulk(count, i -> reports.line(prefix + i, i));
    }

    /** The {@code count} lines {@code line} gives (from 0) in requests of {@code bulk-lines}, two at a time. */
    private ClosedLoop.Outcome sendBulk(int count, IntFunction<String> line) throws Exception {
        int requests = (count + plan.bulkLines() - 1) / plan.bulkLines();
        return ClosedLoop.run(requests, 2, request -> {
            int first = request * plan.bulkLines();
            int lines = Math.min(plan.bulkLines(), count - first);
            StringBuilder body = new StringBuilder();
            for (int i = first; i < first + lines; i++) {
                body.append(line.apply(i)).append('\n');
            }
            return allCreated(body.toString(), lines);
        });
    }

    private String allCreated(String body, int lines) {
        try {
            HttpResponse<String> answer = client.postForResponse("/api/v1/reports/bulk", "application/x-ndjson", body);
            Matcher created = CREATED_LINE.matcher(answer.body());
            int count = 0;
            while (created.find()) {
                count++;
            }
            return answer.statusCode() == 200 && count == lines ? null : "bulk request answered %d with %d of %d lines created: %s"
                    .formatted(answer.statusCode(), count, lines, answer.body().substring(0, Math.min(500, answer.body().length())));
        } catch (IOException e) {
            return "bulk request failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private record OpenLoopFigures(OpenLoop.Outcome posts, OpenLoop.Outcome reads, Freshness.Outcome freshness) {
    }

    /** A constant arrival rate of reports, rollup reads beside it: latency, freshness and lag under a steady load. */
    private OpenLoopFigures constantRate() throws Exception {
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger maxLag = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean(true);
        int rolledUpBefore = inRollups;
        Thread lagSampler = new Thread(() -> sampleLag(loading, acknowledged, rolledUpBefore, maxLag), "benchmark-lag");
        lagSampler.setDaemon(true);
        List<String> regions = new ArrayList<>(reports.counties());
        regions.addAll(List.of("410000", "000000"));
        ProcessFigures before = cpu();
        lagSampler.start();
        CompletableFuture<OpenLoop.Outcome> reading = CompletableFuture.supplyAsync(() -> plan.readRate() == 0
                ? new OpenLoop.Outcome(new long[0], new long[0], 0, null, 1)
                : OpenLoop.run(plan.readRate(), plan.seconds(), i -> client.rollupAsync(
                        regions.get(ThreadLocalRandom.current().nextInt(regions.size())), BenchmarkReports.YEAR)));
        OpenLoop.Outcome posts = OpenLoop.run(plan.rate(), plan.seconds(), i -> {
            String agency = "bench-rate-" + i;
            return client.postAsync("/api/v1/reports", "application/json", reports.json(agency, i), 201)
                    .thenApply(failure -> {
                        if (failure == null) {
                            answeredAt.put(agency, System.currentTimeMillis());
                            acknowledged.incrementAndGet();
                        }
                        return failure;
                    });
        });
        OpenLoop.Outcome reads;
        double caughtUp;
        try {
            reads = reading.join();
            caughtUp = client.awaitRollups(BenchmarkReports.YEAR, inRollups += acknowledged.get(), CATCH_UP);
        } finally {
            loading.set(false);
        }
        lagSampler.join();
        ProcessFigures used = cpu().minus(before);
        Freshness.Outcome freshness = Freshness.of(databases, aggregationDatabase, BenchmarkReports.YEAR, answeredAt);
        say("constant     %d reports/s for %d s: %.0f/s answered, %d failed%s; POST latency from the intended time %s"
                .formatted(plan.rate(), plan.seconds(), posts.perSecond(), posts.failures(),
                        posts.firstFailure() == null ? "" : " (first: " + posts.firstFailure() + ")",
                        posts.latencies().describe()));
        say("             freshness (POST answered → applied in the rollups) %s%s".formatted(
                freshness.latencies().describe(), freshness.notApplied() == 0 ? "" : "; not applied: " + freshness.notApplied()));
        say("             lag at most %d reports; all in the rollups %.1f s after the load stopped; %s".formatted(
                maxLag.get(), caughtUp, used.perReport(Math.max(1, acknowledged.get()))));
        if (plan.readRate() > 0) {
            say("             beside it %d rollup GETs/s: %.0f/s answered, %d failed; latency %s".formatted(plan.readRate(),
                    reads.perSecond(), reads.failures(), reads.latencies().describe()));
        }
        return new OpenLoopFigures(posts, reads, freshness);
    }

    /** Reports answered but not yet in the rollups, sampled every 200 ms while the load lasts. */
    private void sampleLag(AtomicBoolean loading, AtomicInteger acknowledged, int rolledUpBefore, AtomicInteger maxLag) {
        while (loading.get()) {
            try {
                int answered = acknowledged.get();
                try {
                    int lag = answered - (client.reportsInRollups(BenchmarkReports.YEAR) - rolledUpBefore);
                    maxLag.accumulateAndGet(lag, Math::max);
                } catch (IOException e) {
                    // a sample lost; the next one counts
                }
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void texts() throws Exception {
        if (plan.texts() == 0) {
            return;
        }
        ClosedLoop.Outcome read = ClosedLoop.run(plan.texts(), plan.clients(), i -> client.post(
                "/api/v1/reports?agencyId=bench-text-" + i, "text/plain; charset=UTF-8", reports.text(i), 201));
        say("texts        %d published texts read and stored from %d clients: %.0f/s; latency %s".formatted(
                plan.texts(), plan.clients(), read.perSecond(), read.latencies().describe()));
    }

    private ProcessFigures cpu() {
        return ProcessFigures.of(reportService, aggregationService, kafka, Set.of(reportDatabase, aggregationDatabase));
    }

    private static String ratio(double perSecond, Optional<SqlBaseline.Figures> baseline, String which) {
        return baseline.map(figures -> String.format(Locale.ROOT, " (%.2f× the %s baseline)",
                perSecond / figures.reportsPerSecond(), which)).orElse("");
    }

    private static double timeToReady(Component component) {
        long start = System.nanoTime();
        component.start();
        return (System.nanoTime() - start) / 1e9;
    }

    private ServiceProcess service(String name, int port, String database, LocalKeys keys, Path home) {
        return new ServiceProcess(name, layout.serviceJar(name), port, ServiceEnvironment.of(databases, database, kafka, keys),
                home.resolve(name + ".log"));
    }

    private String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(layout.root().toFile())
                    .redirectErrorStream(true).start();
            String head = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor() == 0 ? "commit " + head : "an unknown commit";
        } catch (IOException e) {
            return "an unknown commit";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "an unknown commit";
        }
    }

    private void say(String line) {
        printed.add(line);
        System.out.println("[benchmark] " + line);
        System.out.flush();
    }
}
