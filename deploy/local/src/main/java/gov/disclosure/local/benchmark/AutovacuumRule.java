package gov.disclosure.local.benchmark;

/**
 * When autovacuum vacuums and analyzes a table: PostgreSQL's own rule ({@code relation_needs_vacanalyze} in
 * {@code autovacuum.c}; "The Autovacuum Daemon" in its manual), with the server's settings. A table is vacuumed once
 * its dead rows exceed the vacuum threshold or its rows inserted since the last vacuum exceed the insert threshold, and
 * analyzed once its rows changed since the last analyze exceed the analyze threshold; each threshold is a base plus a
 * scale factor times the rows the table had at its last vacuum or analyze (none if it never had either). Tables'
 * own storage parameters (such as {@code autovacuum_vacuum_scale_factor}) are not read: the services set none.
 */
record AutovacuumRule(double vacuumThreshold, double vacuumScaleFactor, double insertThreshold,
                      double insertScaleFactor, double analyzeThreshold, double analyzeScaleFactor) {

    /** The server's settings, in the order of the record's components. */
    static final String SETTINGS = "select current_setting('autovacuum_vacuum_threshold')::float8,"
            + " current_setting('autovacuum_vacuum_scale_factor')::float8,"
            + " current_setting('autovacuum_vacuum_insert_threshold')::float8,"
            + " current_setting('autovacuum_vacuum_insert_scale_factor')::float8,"
            + " current_setting('autovacuum_analyze_threshold')::float8,"
            + " current_setting('autovacuum_analyze_scale_factor')::float8";

    /** What the statistics say of one table since its last vacuum and analyze. */
    record TableActivity(String name, double rows, long deadRows, long insertedSinceVacuum, long changedSinceAnalyze) {
    }

    /** Each table of the database the statement runs in, in the order of {@link TableActivity}'s components. */
    static final String TABLES = "select format('%I.%I', s.schemaname, s.relname), c.reltuples, s.n_dead_tup,"
            + " s.n_ins_since_vacuum, s.n_mod_since_analyze"
            + " from pg_stat_user_tables s join pg_class c on c.oid = s.relid order by 1";

    /** What autovacuum would run on {@code table} now: a vacuum, an analyze, both, or nothing (null). */
    String command(TableActivity table) {
        // reltuples is -1 for a table never vacuumed nor analyzed; autovacuum counts it as empty
        double rows = Math.max(table.rows(), 0);
        boolean vacuum = table.deadRows() > vacuumThreshold + vacuumScaleFactor * rows
                || insertThreshold >= 0 && table.insertedSinceVacuum() > insertThreshold + insertScaleFactor * rows;
        boolean analyze = table.changedSinceAnalyze() > analyzeThreshold + analyzeScaleFactor * rows;
        if (vacuum && analyze) {
            return "vacuum (analyze) " + table.name();
        }
        if (vacuum) {
            return "vacuum " + table.name();
        }
        return analyze ? "analyze " + table.name() : null;
    }
}
