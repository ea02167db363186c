package gov.disclosure.local.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run of {@code deploy/local/benchmark} measures: a profile ({@code full}, the default, or {@code short},
 * the few seconds' run the tests make to prove the benchmark still works) and {@code name=value} overrides.
 *
 * @param baselineSeconds how long each pgbench baseline runs
 * @param warmUp          reports sent one by one, as many again in bulk, and as many rollup GETs, in each round of the
 *                        warm-up, before anything is measured: the JIT compiles the hot paths then, not during the
 *                        measured phases
 * @param warmUpRounds    at most this many rounds of the warm-up; it stops sooner once a round's JIT compiling took at
 *                        most {@link #SETTLED} of the two services' CPU
 * @param reports         reports submitted one by one as fast as {@code clients} closed-loop clients can (capacity)
 * @param clients         clients of the capacity and text phases
 * @param bulkReports     reports sent through {@code POST /api/v1/reports/bulk}
 * @param bulkLines       lines (reports) per bulk request
 * @param historyAgencies agencies whose reports of 2019 to 2023 are sent in bulk, year by year (a backfill of history;
 *                        0 skips it, as does {@code bulk=0})
 * @param rate            reports per second of the open-loop phase (a constant arrival rate)
 * @param seconds         how long the open-loop phase lasts
 * @param readRate        rollup GETs per second during the open-loop phase
 * @param texts           published texts submitted (the reader's cost)
 * @param idleSeconds     how long the processes' CPU is measured without load after the warm-up (what they spend in
 *                        the background: polls, heartbeats, timers), so that a phase's CPU per report can be read
 *                        net of it; 0 skips it
 */
public record BenchmarkPlan(int baselineSeconds, int warmUp, int warmUpRounds, int reports, int clients, int bulkReports,
                            int bulkLines, int historyAgencies, int rate, int seconds, int readRate, int texts,
                            int idleSeconds) {

    public static final BenchmarkPlan FULL =
            new BenchmarkPlan(10, 2000, 10, 2000, 8, 20000, 500, 2000, 200, 60, 1000, 200, 10);
    public static final BenchmarkPlan SHORT = new BenchmarkPlan(2, 20, 1, 40, 4, 200, 50, 10, 20, 3, 20, 3, 1);

    /**
     * The share of the two services' CPU that their JIT compilers may take in a round of the warm-up for the JVMs
     * to count as warm. On two cores the JIT's backlog keeps the services' code in its profiling tier for minutes
     * after a start (see deploy/local/MEASUREMENTS.md), so a fixed warm-up left that cost in the measured phases.
     */
    public static final double SETTLED = 0.10;

    /**
     * Whether the warm-up goes on after round {@code round} (from 1), in which the services' JIT compilers took
     * {@code compilingShare} of their CPU: while they took more than {@link #SETTLED} and rounds remain.
     */
    public boolean warmsUpAfter(int round, double compilingShare) {
        return round < warmUpRounds && compilingShare > SETTLED;
    }

    public static final String USAGE = """
            usage: deploy/local/benchmark [full|short] [name=value ...]
              names: baseline-seconds, warm-up, warm-up-rounds, reports, clients, bulk, bulk-lines, history, rate,
                     seconds, read-rate, texts, idle
              e.g.   deploy/local/benchmark rate=300 seconds=30 bulk=50000""";

    public BenchmarkPlan {
        if (baselineSeconds < 1 || warmUp < 0 || warmUpRounds < 1 || reports < 1 || clients < 1 || bulkReports < 0
                || bulkLines < 1 || historyAgencies < 0 || rate < 1 || seconds < 1 || readRate < 0 || texts < 0
                || idleSeconds < 0) {
            throw new IllegalArgumentException(
                    "every figure must be positive (warm-up, bulk, history, read-rate, texts and idle may be 0)");
        }
    }

    /** @throws IllegalArgumentException naming what it could not read */
    public static BenchmarkPlan parse(String... args) {
        BenchmarkPlan profile = FULL;
        Map<String, Integer> overrides = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.equals("full") || arg.equals("short")) {
                profile = arg.equals("full") ? FULL : SHORT;
            } else if (arg.matches("[a-z-]+=\\d{1,9}")) {
                overrides.put(arg.substring(0, arg.indexOf('=')), Integer.parseInt(arg.substring(arg.indexOf('=') + 1)));
            } else {
                throw new IllegalArgumentException("not a profile nor name=number: " + arg);
            }
        }
        Map<String, Integer> figures = profile.figures();
        for (Map.Entry<String, Integer> override : overrides.entrySet()) {
            if (!figures.containsKey(override.getKey())) {
                throw new IllegalArgumentException("no such figure: " + override.getKey());
            }
            figures.put(override.getKey(), override.getValue());
        }
        return new BenchmarkPlan(figures.get("baseline-seconds"), figures.get("warm-up"), figures.get("warm-up-rounds"),
                figures.get("reports"), figures.get("clients"),
                figures.get("bulk"), figures.get("bulk-lines"), figures.get("history"), figures.get("rate"),
                figures.get("seconds"), figures.get("read-rate"), figures.get("texts"), figures.get("idle"));
    }

    private Map<String, Integer> figures() {
        Map<String, Integer> figures = new LinkedHashMap<>();
        figures.put("baseline-seconds", baselineSeconds);
        figures.put("warm-up", warmUp);
        figures.put("warm-up-rounds", warmUpRounds);
        figures.put("reports", reports);
        figures.put("clients", clients);
        figures.put("bulk", bulkReports);
        figures.put("bulk-lines", bulkLines);
        figures.put("history", historyAgencies);
        figures.put("rate", rate);
        figures.put("seconds", seconds);
        figures.put("read-rate", readRate);
        figures.put("texts", texts);
        figures.put("idle", idleSeconds);
        return figures;
    }
}
