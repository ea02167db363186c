package gov.disclosure.local.benchmark;

import gov.disclosure.local.benchmark.ProcessFigures.JvmThreads;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProcessFiguresTest {

    @Test
    void theCompilingShareCountsTheTwoServicesOnly() {
        ProcessFigures round = new ProcessFigures(30, 10, 20, 40, new JvmThreads(3, 1, 15), new JvmThreads(2, 1, 1));

        assertEquals(0.10, round.compilingShareOfServices(), 1e-9);
    }

    @Test
    void theCpuPerReportSaysWhatTheCompilersAndTheCollectorsOfEachJvmTook() {
        ProcessFigures phase = new ProcessFigures(3, 1, 0.5, 2, new JvmThreads(1, 0.25, 0), new JvmThreads(0.5, 0.1, 0.05));

        assertEquals("6.50 ms CPU per report: report-service 3.00, aggregation-service 1.00, PostgreSQL 2.00, "
                + "Kafka 0.50 (of which their JIT compilers 1.00, 0.25, -, 0.00; their garbage collectors 0.50, 0.10, "
                + "-, 0.05)", phase.perReport(1000));
    }

    @Test
    void servicesThatUsedNoCpuCompiledNothing() {
        ProcessFigures idle = new ProcessFigures(0, 0, 1, 1, new JvmThreads(0, 0, 0), new JvmThreads(0, 0, 0));

        assertEquals(0, idle.compilingShareOfServices());
    }
}
