package gov.disclosure.local.benchmark;

import gov.disclosure.local.Databases;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL alone does on this machine, measured with pgbench in the same run as the services: a report
 * stored as jsonb plus its outbox row per transaction (what a submission must at least write), one at a time and in
 * batches of the bulk path's size. The services' figures are read against these.
 */
final class SqlBaseline {

    record Figures(double transactionsPerSecond, int reportsPerTransaction) {

        double reportsPerSecond() {
            return transactionsPerSecond * reportsPerTransaction;
        }
    }

    private static final int CLIENTS = 4;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final String SCHEMA = """
            create table report (id uuid primary key default gen_random_uuid(), agency_id text not null,
                                 year integer not null, document jsonb not null);
            create table outbox (id bigserial primary key, topic text not null, event_key text not null,
                                 payload jsonb not null);
            do $$
            begin
                -- the services' large columns are compressed with lz4 where the server has it: so are these
                if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any (enumvals)) then
                    alter table report alter column document set compression lz4;
                    alter table outbox alter column payload set compression lz4;
                end if;
            end
            $$""";

    private final Databases databases;
    private final String database;
    private final Path folder;
    private final String reportJson;

    /** @param reportJson a report on one line, its agency id written as {@code AGENCY} */
    SqlBaseline(Databases databases, String database, Path folder, String reportJson) {
        this.databases = databases;
        this.database = database;
        this.folder = folder;
        this.reportJson = reportJson;
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/pgbench")) || onPath("pgbench");
    }

    /** One report and its outbox row per transaction. */
    Optional<Figures> oneByOne(int seconds) throws Exception {
        return run(1, seconds);
    }

    /** {@code rows} reports and their outbox rows per transaction, each row's jsonb read on its own. */
    Optional<Figures> batched(int rows, int seconds) throws Exception {
        return run(rows, seconds);
    }

    private Optional<Figures> run(int rows, int seconds) throws Exception {
        if (!available()) {
            return Optional.empty();
        }
        databases.recreate(database);
        try (Connection connection = databases.connect(database); Statement statement = connection.createStatement()) {
            statement.execute(SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make the baseline's tables: " + e.getMessage(), e);
        }
        Files.createDirectories(folder);
        Path script = folder.resolve("baseline-" + rows + ".sql");
        Files.writeString(script, script(rows), StandardCharsets.UTF_8);
        Path output = folder.resolve("baseline-" + rows + ".out");
        ProcessBuilder pgbench = new ProcessBuilder(List.of("pgbench", "-n", "-h", databases.host(),
                "-p", String.valueOf(databases.port()), "-U", databases.user(), "-c", String.valueOf(CLIENTS),
                "-j", "2", "-T", String.valueOf(seconds), "-f", script.toString(), database))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        pgbench.environment().put("PGPASSWORD", databases.password());
        Process process = pgbench.start();
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbench did not end; see " + output);
        }
        Matcher tps = TPS.matcher(Files.readString(output));
        if (process.exitValue() != 0 || !tps.find()) {
            throw new IllegalStateException("pgbench failed; see " + output);
        }
        return Optional.of(new Figures(Double.parseDouble(tps.group(1)), rows));
    }

    /** Each row's document names its own agency, so PostgreSQL reads every row's jsonb, as a service would send it. */
    private String script(int rows) {
        String document = "'" + reportJson.replace("'", "''") + "'";
        String agency = "'bench-' || :client_id || '-' || :n || '-' || g";
        return """
                \\set n random(1, 2000000000)
                begin;
                insert into report (agency_id, year, document)
                    select %2$s, 2024, replace(%1$s, 'AGENCY', %2$s)::jsonb from generate_series(1, %3$d) g;
                insert into outbox (topic, event_key, payload)
                    select 'report-published', %2$s, replace(%1$s, 'AGENCY', %2$s)::jsonb from generate_series(1, %3$d) g;
                commit;
                """.formatted(document, agency, rows);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(":")) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }
}
