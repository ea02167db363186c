package gov.disclosure.local;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;

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
    void theGarbageCollectorOfAJvmThatHasCollectedMuchHasUsedSomeOfItsCpu() {
        double before = CpuTime.collection(THIS_JVM);
        // /proc counts in ticks of 10 ms: collect a heap of many live objects until one tick shows
        for (int round = 0; round < 50 && CpuTime.collection(THIS_JVM) <= before; round++) {
            Object[] live = new Object[2_000_000];
            for (int i = 0; i < live.length; i++) {
                live[i] = new int[] {i};
            }
            System.gc();
            assertTrue(live[live.length - 1] != null);
        }

        double collection = CpuTime.collection(THIS_JVM);
        assertTrue(collection > before, "the test JVM's collector threads used " + collection + " s");
        assertTrue(collection < CpuTime.of(THIS_JVM), "a part of the process's CPU, not more");
    }

    @Test
    void postgresqlsCpuIsCountedForTheDatabasesAskedForNotForTheMachinesOthers() throws Exception {
        String database = "cpu_time_test" + System.getProperty("TEST_SCHEMA_SUFFIX", "");
        Databases databases = Databases.local();
        databases.recreate(database);
        try (Connection connection = databases.connect(database); Statement statement = connection.createStatement()) {
            double ours = CpuTime.postgres(Set.of(database));
            double others = CpuTime.postgres(Set.of("no_such_database"));

            statement.execute("select count(*) from generate_series(1, 20000000)");

            double oursUsed = CpuTime.postgres(Set.of(database)) - ours;
            double othersUsed = CpuTime.postgres(Set.of("no_such_database")) - others;
            assertTrue(oursUsed >= 0.5, "the query's backend used " + oursUsed + " s");
            assertTrue(othersUsed < oursUsed / 2, "not counted for other databases: " + othersUsed + " s");
        }
    }

    @Test
    void aProcessThatIsGoneHasUsedNothing() {
        assertTrue(CpuTime.compilation(Long.MAX_VALUE) == 0);
        assertTrue(CpuTime.collection(Long.MAX_VALUE) == 0);
        assertTrue(CpuTime.of(Long.MAX_VALUE) == 0);
    }
}
