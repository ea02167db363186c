package gov.disclosure.local.benchmark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProcessFiguresTest {

    @Test
    void theCompilingShareCountsTheTwoServicesOnly() {
        ProcessFigures round = new ProcessFigures(30, 10, 20, 40, new ProcessFigures.Compilers(3, 1, 15));

        assertEquals(0.10, round.compilingShareOfServices(), 1e-9);
    }

    @Test
    void servicesThatUsedNoCpuCompiledNothing() {
        ProcessFigures idle = new ProcessFigures(0, 0, 1, 1, new ProcessFigures.Compilers(0, 0, 0));

        assertEquals(0, idle.compilingShareOfServices());
    }
}
