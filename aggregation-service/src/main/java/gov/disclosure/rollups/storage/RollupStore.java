package gov.disclosure.rollups.storage;

import gov.disclosure.rollups.domain.RollupChange;
import gov.disclosure.rollups.domain.RollupKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes rollups. A change is added to the stored sums by the database in one statement (add_numbers), so that
 * concurrent changes of the same rollup cannot lose each other; rows are written in key order, so that two
 * transactions never lock rollups in opposite orders.
 */
@ApplicationScoped
public class RollupStore {

    private static final int ROWS_PER_STATEMENT = 200;

    private final EntityManager entityManager;

    public RollupStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(SortedMap<RollupKey, RollupChange> changes, Instant now) {
        write(changes, now, """
                on conflict (region_code, year, scope, basis, excludes_violations) do update set
                    report_count = rollup.report_count + excluded.report_count,
                    reports_with_violations = rollup.reports_with_violations + excluded.reports_with_violations,
                    numbers = add_numbers(rollup.numbers, excluded.numbers),
                    updated_at = excluded.updated_at""");
    }

    /** Replaces every rollup by {@code totals}: rebuilding from scratch. The caller holds the tables' locks. */
    public void replaceAll(SortedMap<RollupKey, RollupChange> totals, Instant now) {
        entityManager.createNativeQuery("delete from rollup").executeUpdate();
        write(totals, now, "");
    }

    /** Locks out every writer of rollups, applied reports and reviews, in the order writers take them. */
    public void lockForRebuild() {
        entityManager.createNativeQuery("lock table rollup, applied_report, applied_review, rollup_maintenance"
                + " in exclusive mode").executeUpdate();
    }

    /** Whether the stored rollups must be rebuilt once (a migration added variants they lack). Hold the lock. */
    public boolean rebuildNeeded() {
        return (Boolean) entityManager.createNativeQuery("select coalesce(bool_or(rebuild_needed), false)"
                + " from rollup_maintenance").getSingleResult();
    }

    /** After a rebuild: nothing more to do until a migration says so. */
    public void rebuilt() {
        entityManager.createNativeQuery("update rollup_maintenance set rebuild_needed = false").executeUpdate();
    }

    private void write(SortedMap<RollupKey, RollupChange> changes, Instant now, String onConflict) {
        List<Map.Entry<RollupKey, RollupChange>> rows = new ArrayList<>(changes.entrySet());
        for (int start = 0; start < rows.size(); start += ROWS_PER_STATEMENT) {
            List<Map.Entry<RollupKey, RollupChange>> chunk = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("insert into rollup (region_code, year, scope, basis,"
                    + " excludes_violations, report_count, reports_with_violations, numbers, updated_at) values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)");
            }
            Query insert = entityManager.createNativeQuery(sql + " " + onConflict);
            int parameter = 1;
            for (Map.Entry<RollupKey, RollupChange> row : chunk) {
                insert.setParameter(parameter++, row.getKey().regionCode());
                insert.setParameter(parameter++, row.getKey().year());
                insert.setParameter(parameter++, row.getKey().scope().name());
                insert.setParameter(parameter++, row.getKey().basis().name());
                insert.setParameter(parameter++, row.getKey().excludesViolations());
                insert.setParameter(parameter++, row.getValue().reports());
                insert.setParameter(parameter++, row.getValue().reportsWithViolations());
                insert.setParameter(parameter++, NumbersJson.write(row.getValue().numbers()));
                insert.setParameter(parameter++, now);
            }
            insert.executeUpdate();
        }
    }
}
