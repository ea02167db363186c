package gov.disclosure.local;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuTimeTest {

    private static final long THIS_JVM = ProcessHandle.current().pid();

    @Test
    void theJitCompilersOfAJvmThatHasRunCodeHaveUsedSomeOfItsCpu() {
        double compilation = CpuTime.compilation(THIS_JVM);

        assertTrue(compilation > 0, "the test JVM's compiler threads used " + compilation + " s");
        assertTrue(compilation < CpuTime.of(THIS_JVM), "a part of the process's CPU, not more");
    }

    @Test
    void aProcessThatIsGoneHasUsedNothing() {
        assertTrue(CpuTime.compilation(Long.MAX_VALUE) == 0);
        assertTrue(CpuTime.of(Long.MAX_VALUE) == 0);
    }
}
