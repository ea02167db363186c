package gov.disclosure.rollups.storage;

import gov.disclosure.rollups.domain.Numbers;
import gov.disclosure.rollups.domain.RollupChange;
import gov.disclosure.rollups.domain.RollupKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes rollups. The changes of a batch of events, folded per rollup, are added to the stored sums in one statement
 * for the whole batch, each rollup written once: new rollups are inserted with the change as their sums; the others
 * have the change added to their sums in PostgreSQL (exact: numeric), locked as they are written in key order, so
 * that two transactions never lock them in opposite orders nor lose each other's changes.
 */
@ApplicationScoped
public class RollupStore {

    private static final String KEYS = "unnest(?::varchar[], ?::integer[], ?::varchar[], ?::varchar[], ?::boolean[])"
            + " with ordinality as k(region_code, year, scope, basis, breaks_rules, position)";
    private static final String COUNTS = "unnest(?::integer[], ?::integer[], ?::text[]) with ordinality"
            + " as c(report_count, reports_with_violations, numbers, position)";
    private static final String INSERT = """
            insert into rollup as r (region_code, year, scope, basis, breaks_rules, report_count,
                                reports_with_violations, numbers, updated_at)
            select k.region_code, k.year, k.scope, k.basis, k.breaks_rules, c.report_count,
                   c.reports_with_violations, cast(c.numbers as numeric[]), ?
            from %s join %s using (position)
            order by position""";
    /**
     * The changes added to the stored sums (in PostgreSQL, exact): a rollup that is not stored yet is inserted with
     * its change as its sums. A number that does not change (zero in the change) is left as stored, as
     * {@link Numbers#plus} leaves it; a stored array shorter than the catalogue counts as padded with zeros. Rows are
     * inserted or updated in the order of the keys, so that two transactions never lock them in opposite orders.
     */
    private static final String ADD = INSERT.formatted(KEYS, COUNTS) + """

            on conflict (region_code, year, scope, basis, breaks_rules) do update set
                report_count = r.report_count + excluded.report_count,
                reports_with_violations = r.reports_with_violations + excluded.reports_with_violations,
                numbers = array(select case when n.change = 0 then coalesce(n.stored, 0)
                                            else coalesce(n.stored, 0) + n.change end
                                from unnest(r.numbers, excluded.numbers) with ordinality as n(stored, change, position)
                                where n.position <= cardinality(excluded.numbers)
                                order by n.position),
                updated_at = excluded.updated_at""";

    private final EntityManager entityManager;

    public RollupStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Adds the changes (empty ones are left out) to the stored rollups, each written once, in one statement: a new
     * rollup is inserted with its change as its sums, a stored one gets its change added in place, the rows taken in
     * key order.
     */
    public void add(SortedMap<RollupKey, RollupChange> changes, Instant now) {
        List<RollupKey> keys = new ArrayList<>(changes.size());
        List<RollupChange> rows = new ArrayList<>(changes.size());
        changes.forEach((key, change) -> {
            if (!change.isEmpty()) {
                keys.add(key);
                rows.add(change);
            }
        });
        if (keys.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> write(connection, keys, rows, now, ADD));
    }

    /** Deletes every rollup: the start of a rebuild from scratch. The caller holds the tables' locks. */
    public void deleteAll() {
        entityManager.createNativeQuery("delete from rollup").executeUpdate();
    }

    /** Inserts rollups not stored yet, in one statement: a batch of a rebuild from scratch. */
    public void insert(SortedMap<RollupKey, RollupChange> rollups, Instant now) {
        List<RollupKey> keys = new ArrayList<>(rollups.keySet());
        List<RollupChange> rows = new ArrayList<>(rollups.values());
        entityManager.unwrap(Session.class).doWork(connection -> write(connection, keys, rows, now,
                INSERT.formatted(KEYS, COUNTS)));
    }

    /** Locks out every writer of rollups, applied reports and reviews, in the order writers take them. */
    public void lockForRebuild() {
        entityManager.createNativeQuery("lock table rollup, applied_report, applied_review, rollup_maintenance"
                + " in exclusive mode").executeUpdate();
    }

    /**
     * Whether the stored rollups must be rebuilt once: a migration added variants they lack, or their numbers are
     * in another order than this release's catalogue. Hold the lock.
     */
    public boolean rebuildNeeded() {
        return (Boolean) entityManager.createNativeQuery("select coalesce(bool_or(rebuild_needed"
                        + " or numbers_order is distinct from cast(?1 as text[])), false) from rollup_maintenance")
                .setParameter(1, numbersOrder())
                .getSingleResult();
    }

    /** After a rebuild: nothing more to do until a migration says so. */
    public void rebuilt() {
        entityManager.createNativeQuery("update rollup_maintenance set rebuild_needed = false,"
                        + " numbers_order = cast(?1 as text[])")
                .setParameter(1, numbersOrder())
                .executeUpdate();
    }

    private static String numbersOrder() {
        return Numbers.NAMES.stream().map(name -> '"' + name + '"')
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    private static void write(Connection connection, List<RollupKey> keys, List<RollupChange> rows, Instant now,
                              String sql)
            throws SQLException {
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            bind(connection, write, keys, rows, now);
            write.executeUpdate();
        }
    }

    /** Binds when, the keys, and their counts and sums (in the order of the statements above). */
    private static void bind(Connection connection, PreparedStatement statement, List<RollupKey> keys,
                             List<RollupChange> rows, Instant now) throws SQLException {
        statement.setTimestamp(1, Timestamp.from(now));
        int next = bindKeys(connection, statement, 2, keys);
        Integer[] reports = new Integer[rows.size()];
        Integer[] withViolations = new Integer[rows.size()];
        String[] numbers = new String[rows.size()];
        Map<Numbers, String> literals = new HashMap<>(); // the rollups of one report's region share its change
        for (int i = 0; i < rows.size(); i++) {
            reports[i] = rows.get(i).reports();
            withViolations[i] = rows.get(i).reportsWithViolations();
            numbers[i] = literals.computeIfAbsent(rows.get(i).numbers(), Numbers::toArrayLiteral);
        }
        statement.setArray(next, connection.createArrayOf("integer", reports));
        statement.setArray(next + 1, connection.createArrayOf("integer", withViolations));
        statement.setArray(next + 2, connection.createArrayOf("text", numbers));
    }

    /** Binds the keys as five arrays from parameter {@code first}; the next parameter's index. */
    private static int bindKeys(Connection connection, PreparedStatement statement, int first, List<RollupKey> keys)
            throws SQLException {
        String[] regions = new String[keys.size()];
        Integer[] years = new Integer[keys.size()];
        String[] scopes = new String[keys.size()];
        String[] bases = new String[keys.size()];
        Boolean[] parts = new Boolean[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            RollupKey key = keys.get(i);
            regions[i] = key.regionCode();
            years[i] = key.year();
            scopes[i] = key.scope().name();
            bases[i] = key.basis().name();
            parts[i] = key.breaksRules();
        }
        statement.setArray(first, connection.createArrayOf("varchar", regions));
        statement.setArray(first + 1, connection.createArrayOf("integer", years));
        statement.setArray(first + 2, connection.createArrayOf("varchar", scopes));
        statement.setArray(first + 3, connection.createArrayOf("varchar", bases));
        statement.setArray(first + 4, connection.createArrayOf("boolean", parts));
        return first + 5;
    }
}
