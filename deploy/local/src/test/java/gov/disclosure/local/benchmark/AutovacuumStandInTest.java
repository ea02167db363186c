package gov.disclosure.local.benchmark;

import gov.disclosure.local.Databases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AutovacuumStandInTest {

    private static final String DATABASE = "autovacuum_stand_in_test";

    @Test
    void aRoundTakesTheTablesPastAutovacuumsThresholdsAndNoOthers() throws Exception {
        Databases databases = Databases.local();
        databases.recreate(DATABASE);
        try (Connection connection = databases.connect(DATABASE); Statement statement = connection.createStatement()) {
            statement.execute("create table busy (id int)");
            statement.execute("create table quiet (id int)");
            statement.execute("insert into busy select generate_series(1, 2000)");
            statement.execute("insert into quiet values (1)");

            // a backend's counts reach the statistics within a second or so of its transaction
            List<String> due = awaitCommands(connection);
            assertEquals(List.of("vacuum (analyze) public.busy"), due);

            for (String command : due) {
                statement.execute(command);
            }
            assertEquals(List.of(), AutovacuumStandIn.dueCommands(connection));
        }
    }

    private static List<String> awaitCommands(Connection connection) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        List<String> due = AutovacuumStandIn.dueCommands(connection);
        while (due.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            due = AutovacuumStandIn.dueCommands(connection);
        }
        return due;
    }
}
