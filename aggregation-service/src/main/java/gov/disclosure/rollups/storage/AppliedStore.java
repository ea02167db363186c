package gov.disclosure.rollups.storage;

import gov.disclosure.report.ReportStatus;
import gov.disclosure.review.ReviewDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The applied revisions and decisions of the agencies and years of a batch of events: locked and read together in one
 * round trip, and written back in one statement each (not as entities: nothing of them is managed).
 */
@ApplicationScoped
public class AppliedStore {

    /** Agencies and years as two parallel arrays. */
    private static final String KEYS = "unnest(?::varchar[], ?::integer[]) as k(agency_id, year)";
    private static final String LOCK = "select cast(pg_advisory_xact_lock(h, year) as varchar)"
            + " from (select hashtext(agency_id) as h, year from " + KEYS + " order by 1, 2) as ordered";
    /**
     * After the agency and year: an applied revision (a) and the decision applied for them (r), in the columns
     * {@link #report} and {@link #review} read.
     */
    private static final String APPLIED = """
            a.report_id, a.revision, a.status, a.agency_name, a.region_code, a.violation_count, a.numbers::text,
            a.published_on, a.event_time, a.applied_at, r.revision, r.sequence, r.decision, r.applied_at""";
    private static final String READ = """
            select k.agency_id, k.year, %s
            from %s
                 left join applied_report a using (agency_id, year)
                 left join applied_review r using (agency_id, year)
            where a.agency_id is not null or r.agency_id is not null""".formatted(APPLIED, KEYS);
    /**
     * Every applied revision with the decision applied for its agency and year, by region code as Java orders
     * strings (the "C" collation), whatever the database's collation.
     */
    private static final String ALL = """
            select a.agency_id, a.year, %s
            from applied_report a left join applied_review r using (agency_id, year)
            order by a.region_code collate "C\"""".formatted(APPLIED);
    /** Rows a scan of every applied revision holds at once. */
    private static final int SCAN_FETCH_SIZE = 500;

    private final EntityManager entityManager;

    public AppliedStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The applied revisions and decisions of some agencies and years, by agency and year. */
    public record Applied(Map<AppliedReport.Key, AppliedReport> reports, Map<AppliedReport.Key, AppliedReview> reviews) {
    }

    /**
     * Locks these agencies and years, then reads their applied revisions and decisions. The lock serializes the events
     * of these agencies and years with any other transaction applying some of them, also when a rebalance hands a
     * partition over mid-flight; the locks are taken in one order, so that two batches never wait for each other.
     * Both statements are sent at once, in one round trip; PostgreSQL runs the read after the lock is held, and as a
     * statement of its own it sees what a transaction that held the lock before has committed.
     */
    public Applied lockAndRead(Collection<AppliedReport.Key> keys) {
        return work(connection -> {
            Map<AppliedReport.Key, AppliedReport> reports = new HashMap<>();
            Map<AppliedReport.Key, AppliedReview> reviews = new HashMap<>();
            try (PreparedStatement both = connection.prepareStatement(LOCK + ";\n" + READ)) {
                bind(connection, both, 1, keys);
                bind(connection, both, 3, keys);
                both.execute(); // the lock's rows
                if (!both.getMoreResults()) {
                    throw new IllegalStateException("no applied revisions read after the lock");
                }
                try (ResultSet rows = both.getResultSet()) {
                    while (rows.next()) {
                        AppliedReport.Key key = new AppliedReport.Key(rows.getString(1), rows.getInt(2));
                        if (rows.getObject(3) != null) {
                            reports.put(key, report(key, rows));
                        }
                        if (rows.getString(15) != null) {
                            reviews.put(key, review(key, rows));
                        }
                    }
                }
            }
            return new Applied(reports, reviews);
        });
    }

    /**
     * Hands every applied revision, with the decision applied for its agency and year (null for none), to {@code each},
     * in the order of their region codes, in the caller's transaction. The rows are read {@value #SCAN_FETCH_SIZE} at a
     * time and none is kept: a country's history is millions of reports with kilobytes of numbers each, which as
     * managed entities read all at once would not fit in the heap (31,262 of them took a 128 MB heap to an
     * OutOfMemoryError).
     */
    public void forEach(BiConsumer<AppliedReport, AppliedReview> each) {
        work(connection -> {
            try (PreparedStatement all = connection.prepareStatement(ALL)) {
                all.setFetchSize(SCAN_FETCH_SIZE);
                try (ResultSet rows = all.executeQuery()) {
                    while (rows.next()) {
                        AppliedReport.Key key = new AppliedReport.Key(rows.getString(1), rows.getInt(2));
                        each.accept(report(key, rows), rows.getString(15) == null ? null : review(key, rows));
                    }
                }
            }
            return null;
        });
    }

    private static AppliedReport report(AppliedReport.Key key, ResultSet row) throws SQLException {
        AppliedReport report = new AppliedReport();
        report.agencyId = key.agencyId();
        report.year = key.year();
        report.reportId = row.getObject(3, UUID.class);
        report.revision = row.getInt(4);
        report.status = ReportStatus.valueOf(row.getString(5));
        report.agencyName = row.getString(6);
        report.regionCode = row.getString(7);
        report.violationCount = row.getInt(8);
        report.numbers = row.getString(9);
        report.publishedOn = row.getObject(10, LocalDate.class);
        report.eventTime = row.getObject(11, OffsetDateTime.class).toInstant();
        report.appliedAt = row.getObject(12, OffsetDateTime.class).toInstant();
        return report;
    }

    private static AppliedReview review(AppliedReport.Key key, ResultSet row) throws SQLException {
        AppliedReview review = new AppliedReview();
        review.agencyId = key.agencyId();
        review.year = key.year();
        review.revision = row.getInt(13);
        review.sequence = row.getInt(14);
        review.decision = ReviewDecision.valueOf(row.getString(15));
        review.appliedAt = row.getObject(16, OffsetDateTime.class).toInstant();
        return review;
    }

    /** Records these revisions as the applied ones, in one statement. */
    public void saveReports(Collection<AppliedReport> reports) {
        if (reports.isEmpty()) {
            return;
        }
        work(connection -> {
            List<AppliedReport> rows = new ArrayList<>(reports);
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into applied_report (agency_id, year, report_id, revision, status, agency_name, region_code,
                                                violation_count, numbers, published_on, event_time, applied_at)
                    select a.agency_id, a.year, a.report_id, a.revision, a.status, a.agency_name, a.region_code,
                           a.violation_count, n.numbers, a.published_on, a.event_time, a.applied_at
                    from unnest(?::varchar[], ?::integer[], ?::uuid[], ?::integer[], ?::varchar[], ?::varchar[],
                                ?::varchar[], ?::integer[], ?::date[], ?::timestamptz[], ?::timestamptz[])
                         with ordinality as a(agency_id, year, report_id, revision, status, agency_name, region_code,
                                              violation_count, published_on, event_time, applied_at, position)
                         join jsonb_array_elements(?::jsonb) with ordinality as n(numbers, position) using (position)
                    on conflict (agency_id, year) do update set report_id = excluded.report_id,
                        revision = excluded.revision, status = excluded.status, agency_name = excluded.agency_name,
                        region_code = excluded.region_code, violation_count = excluded.violation_count,
                        numbers = excluded.numbers, published_on = excluded.published_on,
                        event_time = excluded.event_time, applied_at = excluded.applied_at""")) {
                int size = rows.size();
                Object[][] columns = new Object[11][size];
                // the numbers as one JSON array: PostgreSQL reads it once, and the driver need not quote them in an array
                StringBuilder numbers = new StringBuilder(size * 4096).append('[');
                for (int i = 0; i < size; i++) {
                    AppliedReport report = rows.get(i);
                    columns[0][i] = report.agencyId;
                    columns[1][i] = report.year;
                    columns[2][i] = report.reportId.toString();
                    columns[3][i] = report.revision;
                    columns[4][i] = report.status.name();
                    columns[5][i] = report.agencyName;
                    columns[6][i] = report.regionCode;
                    columns[7][i] = report.violationCount;
                    columns[8][i] = report.publishedOn == null ? null : report.publishedOn.toString();
                    columns[9][i] = report.eventTime.toString();
                    columns[10][i] = report.appliedAt.toString();
                    numbers.append(i == 0 ? "" : ",").append(report.numbers);
                }
                String[] types = {"varchar", "integer", "text", "integer", "varchar", "varchar", "varchar", "integer",
                        "text", "text", "text"};
                for (int column = 0; column < types.length; column++) {
                    upsert.setArray(column + 1, connection.createArrayOf(types[column], columns[column]));
                }
                upsert.setString(types.length + 1, numbers.append(']').toString());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /** Records these decisions as the applied ones, in one statement. */
    public void saveReviews(Collection<AppliedReview> reviews) {
        if (reviews.isEmpty()) {
            return;
        }
        work(connection -> {
            List<AppliedReview> rows = new ArrayList<>(reviews);
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into applied_review (agency_id, year, revision, sequence, decision, applied_at)
                    select * from unnest(?::varchar[], ?::integer[], ?::integer[], ?::integer[], ?::varchar[],
                                         ?::timestamptz[])
                    on conflict (agency_id, year) do update set revision = excluded.revision,
                        sequence = excluded.sequence, decision = excluded.decision, applied_at = excluded.applied_at""")) {
                int size = rows.size();
                Object[][] columns = new Object[6][size];
                for (int i = 0; i < size; i++) {
                    AppliedReview review = rows.get(i);
                    columns[0][i] = review.agencyId;
                    columns[1][i] = review.year;
                    columns[2][i] = review.revision;
                    columns[3][i] = review.sequence;
                    columns[4][i] = review.decision.name();
                    columns[5][i] = review.appliedAt.toString();
                }
                String[] types = {"varchar", "integer", "integer", "integer", "varchar", "text"};
                for (int column = 0; column < types.length; column++) {
                    upsert.setArray(column + 1, connection.createArrayOf(types[column], columns[column]));
                }
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /** Binds the agencies and years as two arrays, from parameter {@code first}. */
    private static void bind(Connection connection, PreparedStatement statement, int first,
                             Collection<AppliedReport.Key> keys) throws SQLException {
        statement.setArray(first, connection.createArrayOf("varchar",
                keys.stream().map(AppliedReport.Key::agencyId).toArray()));
        statement.setArray(first + 1, connection.createArrayOf("integer",
                keys.stream().map(AppliedReport.Key::year).toArray()));
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }
}
