package gov.disclosure.local.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark's short profile, end to end: proves that every phase still runs against today's services (the
 * full profile is run by hand; its figures go in the README). Checks what was done, never how fast.
 */
@Tag("e2e")
class BenchmarkTest {

    @Test
    void aShortRunMeasuresEveryPhase() throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.SHORT;
        Benchmark benchmark = new Benchmark(plan, System.getProperty("TEST_SCHEMA_SUFFIX", ""));

        Benchmark.Result result = benchmark.run();

        assertTrue(result.oneByOnePerSecond() > 0);
        assertEquals(plan.rate() * plan.seconds(), result.openLoopPosts());
        assertEquals(0, result.openLoopFailures());
        assertEquals(0, result.readFailures());
        assertEquals(plan.rate() * plan.seconds(), result.freshnessSamples(), "every report's freshness");
        assertEquals(0, result.notApplied());
        List<String> printed = benchmark.printed();
        for (String phase : List.of("start", "postgres", "baseline", "warm-up", "idle", "one by one", "bulk", "history", "constant", "texts", "memory")) {
            assertTrue(printed.stream().anyMatch(line -> line.startsWith(phase)), phase + " in " + printed);
        }
        assertTrue(printed.stream().anyMatch(line -> line.contains("of which their JIT compilers")), "JIT's share: " + printed);
        assertTrue(printed.stream().anyMatch(line -> line.contains("their garbage collectors")), "GC's share: " + printed);
        assertTrue(printed.stream().anyMatch(line -> line.startsWith("idle") && line.contains("ms CPU per second")),
                "the background's CPU: " + printed);
    }
}
