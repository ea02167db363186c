package gov.disclosure.local.benchmark;

import gov.disclosure.local.Databases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's autovacuum, for a server that has it off (this machine's CI configuration turns it off): vacuums and
 * analyzes every table of the run's databases when asked (after the warm-up), and every {@code autovacuum_naptime}
 * while the run lasts the tables that autovacuum would take then ({@link AutovacuumRule}).
 * Every production server runs autovacuum. Without it the planner never has statistics for the services' tables, and
 * updated rows are never cleaned up: the figures would be of a server nobody runs. Measured without it: the one-by-one
 * submission's read of one agency's reports went through the year index (4,000 rows read per call), marking 16 outbox
 * events sent scanned the whole outbox, and a rollup of 764 rows grew to 46 MB.
 * The work is done by backends of the run's databases, so its CPU counts as PostgreSQL's, as autovacuum workers' does.
 */
final class AutovacuumStandIn implements AutoCloseable {

    private final List<Connection> connections;
    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "benchmark-autovacuum");
        thread.setDaemon(true);
        return thread;
    });

    private AutovacuumStandIn(List<Connection> connections) {
        this.connections = connections;
    }

    /** What the server does about vacuuming: its own autovacuum, or this stand-in (started) when it has none. */
    record Setting(boolean autovacuum, int naptimeSeconds, AutovacuumStandIn standIn) {

        String describe() {
            return autovacuum
                    ? "autovacuum is on (every %d s)".formatted(naptimeSeconds)
                    : ("autovacuum is off on this server: the benchmark vacuums and analyzes every table of its databases "
                    + "after the warm-up, then every %d s (autovacuum_naptime) the tables past autovacuum's thresholds; "
                    + "that CPU counts as PostgreSQL's")
                    .formatted(naptimeSeconds);
        }
    }

    static Setting start(Databases databases, String... names) throws SQLException {
        List<Connection> connections = new ArrayList<>();
        boolean on;
        int naptime;
        try {
            for (String name : names) {
                connections.add(databases.connect(name));
            }
            try (Statement statement = connections.get(0).createStatement();
                 ResultSet settings = statement.executeQuery("select current_setting('autovacuum')::boolean, "
                         + "(select setting::int from pg_settings where name = 'autovacuum_naptime')")) {
                settings.next();
                on = settings.getBoolean(1);
                naptime = settings.getInt(2);
            }
        } catch (SQLException e) {
            closeAll(connections);
            throw e;
        }
        if (on) {
            closeAll(connections);
            return new Setting(true, naptime, null);
        }
        AutovacuumStandIn standIn = new AutovacuumStandIn(connections);
        standIn.rounds.scheduleWithFixedDelay(standIn::round, naptime, naptime, TimeUnit.SECONDS);
        return new Setting(false, naptime, standIn);
    }

    /**
     * Vacuums and analyzes every table now, in the caller's thread, between the scheduled rounds: what autovacuum
     * would have done over a warm-up, so that the measured phases start with statistics for every table.
     */
    void runNow() throws Exception {
        rounds.submit(() -> run(connection -> List.of("vacuum (analyze)"))).get();
    }

    /** A scheduled round: the tables that autovacuum would take now, each as it would. */
    private void round() {
        run(AutovacuumStandIn::dueCommands);
    }

    private void run(Commands commands) {
        for (Connection connection : connections) {
            try (Statement statement = connection.createStatement()) {
                for (String command : commands.of(connection)) {
                    statement.execute(command);
                }
            } catch (SQLException e) {
                System.err.println("[benchmark] vacuum failed (the next round tries again): " + e.getMessage());
            }
        }
    }

    private interface Commands {
        List<String> of(Connection connection) throws SQLException;
    }

    /** What autovacuum would run now in the database of {@code connection}, table by table. */
    static List<String> dueCommands(Connection connection) throws SQLException {
        List<String> commands = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            AutovacuumRule rule;
            try (ResultSet settings = statement.executeQuery(AutovacuumRule.SETTINGS)) {
                settings.next();
                rule = new AutovacuumRule(settings.getDouble(1), settings.getDouble(2), settings.getDouble(3),
                        settings.getDouble(4), settings.getDouble(5), settings.getDouble(6));
            }
            try (ResultSet tables = statement.executeQuery(AutovacuumRule.TABLES)) {
                while (tables.next()) {
                    String command = rule.command(new AutovacuumRule.TableActivity(tables.getString(1),
                            tables.getDouble(2), tables.getLong(3), tables.getLong(4), tables.getLong(5)));
                    if (command != null) {
                        commands.add(command);
                    }
                }
            }
        }
        return commands;
    }

    @Override
    public void close() {
        rounds.shutdownNow();
        try {
            rounds.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeAll(connections);
    }

    private static void closeAll(List<Connection> connections) {
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing at the end of the run: nothing left to do with it
            }
        }
    }
}
