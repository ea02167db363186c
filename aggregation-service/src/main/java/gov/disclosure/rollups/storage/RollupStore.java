package gov.disclosure.rollups.storage;

import gov.disclosure.rollups.domain.Basis;
import gov.disclosure.rollups.domain.Numbers;
import gov.disclosure.rollups.domain.RollupChange;
import gov.disclosure.rollups.domain.RollupKey;
import gov.disclosure.rollups.domain.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Writes rollups. The changes of a batch of events, folded per rollup, are added to the stored sums in this service,
 * each rollup written once, in a statement or two for the whole batch: new rollups are inserted with the change as
 * their sums; the others are locked (select … for update) in key order, so that two transactions never lock them in
 * opposite orders nor lose each other's changes, and updated with the sums added up here.
 */
@ApplicationScoped
public class RollupStore {

    private static final String KEYS = "unnest(?::varchar[], ?::integer[], ?::varchar[], ?::varchar[], ?::boolean[])"
            + " with ordinality as k(region_code, year, scope, basis, excludes_violations, position)";
    private static final String COUNTS = "unnest(?::integer[], ?::integer[], ?::text[]) with ordinality"
            + " as c(report_count, reports_with_violations, numbers, position)";
    private static final String INSERT = """
            insert into rollup (region_code, year, scope, basis, excludes_violations, report_count,
                                reports_with_violations, numbers, updated_at)
            select k.region_code, k.year, k.scope, k.basis, k.excludes_violations, c.report_count,
                   c.reports_with_violations, cast(c.numbers as numeric[]), ?
            from %s join %s using (position)
            order by position""";
    private static final String SAME_KEY = "r.region_code = k.region_code and r.year = k.year and r.scope = k.scope"
            + " and r.basis = k.basis and r.excludes_violations = k.excludes_violations";

    private final EntityManager entityManager;

    public RollupStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Adds the changes (empty ones are left out) to the stored rollups, each written once. */
    public void add(SortedMap<RollupKey, RollupChange> changes, Instant now) {
        List<Map.Entry<RollupKey, RollupChange>> rows = changes.entrySet().stream()
                .filter(row -> !row.getValue().isEmpty()).toList();
        if (rows.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            Set<RollupKey> inserted = insertNew(connection, rows, now);
            List<Map.Entry<RollupKey, RollupChange>> existing = rows.stream()
                    .filter(row -> !inserted.contains(row.getKey())).toList();
            if (existing.isEmpty()) {
                return;
            }
            List<RollupKey> keys = existing.stream().map(Map.Entry::getKey).toList();
            Map<RollupKey, Stored> stored = lock(connection, keys);
            List<Stored> updated = new ArrayList<>(existing.size());
            for (Map.Entry<RollupKey, RollupChange> row : existing) {
                updated.add(stored.get(row.getKey()).plus(row.getValue()));
            }
            write(connection, keys, updated, now, """
                    update rollup r set report_count = v.report_count,
                        reports_with_violations = v.reports_with_violations,
                        numbers = cast(v.numbers as numeric[]), updated_at = ?
                    from (select k.region_code, k.year, k.scope, k.basis, k.excludes_violations, c.report_count,
                                 c.reports_with_violations, c.numbers
                          from %s join %s using (position)) v
                    where %s""".formatted(KEYS, COUNTS, SAME_KEY.replace("k.", "v.")));
        });
    }

    /** Replaces every rollup by {@code totals}: rebuilding from scratch. The caller holds the tables' locks. */
    public void replaceAll(SortedMap<RollupKey, RollupChange> totals, Instant now) {
        entityManager.createNativeQuery("delete from rollup").executeUpdate();
        List<RollupKey> keys = new ArrayList<>(totals.keySet());
        List<Stored> rows = totals.values().stream()
                .map(change -> Stored.ZERO.plus(change)).toList();
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

    /**
     * Inserts the rollups that do not exist yet, with the change as their sums, in key order; those that exist are
     * left as they are (also one a concurrent transaction has just inserted: this waits for it). The keys inserted.
     */
    private static Set<RollupKey> insertNew(Connection connection, List<Map.Entry<RollupKey, RollupChange>> rows,
                                            Instant now) throws SQLException {
        List<RollupKey> keys = rows.stream().map(Map.Entry::getKey).toList();
        Set<RollupKey> inserted = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT.formatted(KEYS, COUNTS) + """

                on conflict do nothing
                returning region_code, year, scope, basis, excludes_violations""")) {
            bind(connection, insert, keys, rows.stream().map(row -> Stored.ZERO.plus(row.getValue())).toList(), now);
            try (ResultSet found = insert.executeQuery()) {
                while (found.next()) {
                    inserted.add(new RollupKey(found.getString(1), found.getInt(2), Scope.valueOf(found.getString(3)),
                            Basis.valueOf(found.getString(4)), found.getBoolean(5)));
                }
            }
        }
        return inserted;
    }

    /** The stored rollups, locked in key order. */
    private static Map<RollupKey, Stored> lock(Connection connection, List<RollupKey> keys) throws SQLException {
        Map<RollupKey, Stored> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select k.position, r.report_count, r.reports_with_violations, r.numbers
                from %s join rollup r on %s
                order by k.position
                for update of r""".formatted(KEYS, SAME_KEY))) {
            bindKeys(connection, select, 1, keys);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Array numbers = rows.getArray(4);
                    stored.put(keys.get(rows.getInt(1) - 1), new Stored(rows.getInt(2), rows.getInt(3),
                            Numbers.inOrder((BigDecimal[]) numbers.getArray())));
                    numbers.free();
                }
            }
        }
        return stored;
    }

    private static void write(Connection connection, List<RollupKey> keys, List<Stored> rows, Instant now, String sql)
            throws SQLException {
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            bind(connection, write, keys, rows, now);
            write.executeUpdate();
        }
    }

    /** Binds when, the keys, and their counts and sums (in the order of the statements above). */
    private static void bind(Connection connection, PreparedStatement statement, List<RollupKey> keys,
                             List<Stored> rows, Instant now) throws SQLException {
        statement.setTimestamp(1, Timestamp.from(now));
        int next = bindKeys(connection, statement, 2, keys);
        Integer[] reports = new Integer[rows.size()];
        Integer[] withViolations = new Integer[rows.size()];
        String[] numbers = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            reports[i] = rows.get(i).reports();
            withViolations[i] = rows.get(i).reportsWithViolations();
            numbers[i] = rows.get(i).numbers().toArrayLiteral();
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
        Boolean[] excludes = new Boolean[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            RollupKey key = keys.get(i);
            regions[i] = key.regionCode();
            years[i] = key.year();
            scopes[i] = key.scope().name();
            bases[i] = key.basis().name();
            excludes[i] = key.excludesViolations();
        }
        statement.setArray(first, connection.createArrayOf("varchar", regions));
        statement.setArray(first + 1, connection.createArrayOf("integer", years));
        statement.setArray(first + 2, connection.createArrayOf("varchar", scopes));
        statement.setArray(first + 3, connection.createArrayOf("varchar", bases));
        statement.setArray(first + 4, connection.createArrayOf("boolean", excludes));
        return first + 5;
    }

    /** A rollup's counts and sums as stored. */
    private record Stored(int reports, int reportsWithViolations, Numbers numbers) {
        static final Stored ZERO = new Stored(0, 0, Numbers.zero());

        Stored plus(RollupChange change) {
            return new Stored(reports + change.reports(), reportsWithViolations + change.reportsWithViolations(),
                    numbers.plus(change.numbers()));
        }
    }
}
