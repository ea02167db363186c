package gov.disclosure.local;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatabasesTest {

    @Test
    void anUnreachablePostgresqlSaysWhatToRun() {
        int nothingListens = Ports.free(1)[0];
        StartupFailure failure = assertThrows(StartupFailure.class,
                () -> new Databases("127.0.0.1", nothingListens, "postgres", "postgres").checkReachable());
        assertEquals("PostgreSQL is not reachable on 127.0.0.1:" + nothingListens + ": run deploy/local/postgres-ready",
                failure.getMessage());
    }

    @Test
    void onlyPlainNamesBecomeDatabases() {
        Databases databases = new Databases("127.0.0.1", Ports.free(1)[0], "postgres", "postgres");
        assertThrows(IllegalArgumentException.class, () -> databases.recreate("x; drop database postgres"));
        assertEquals("jdbc:postgresql://127.0.0.1:5432/report_service", Databases.local().jdbcUrl("report_service"));
    }
}
