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

/**
 * The applied revisions and decisions of the agencies and years of a batch of events: locked, read in one statement
 * each, and written back in one statement each (not as entities: nothing of them is managed).
 */
@ApplicationScoped
public class AppliedStore {

    /** Agencies and years as two parallel arrays. */
    private static final String KEYS = "unnest(?::varchar[], ?::integer[]) as k(agency_id, year)";

    private final EntityManager entityManager;

    public AppliedStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Serializes the events of these agencies and years with any other transaction applying some of them, also when
     * a rebalance hands a partition over mid-flight. The locks are taken in one order, so that two batches never
     * wait for each other.
     */
    public void lock(Collection<AppliedReport.Key> keys) {
        work(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select cast(pg_advisory_xact_lock(h, year) as varchar)"
                    + " from (select hashtext(agency_id) as h, year from " + KEYS + " order by 1, 2) as ordered")) {
                bind(connection, lock, keys);
                lock.executeQuery().close();
            }
            return null;
        });
    }

    public Map<AppliedReport.Key, AppliedReport> reports(Collection<AppliedReport.Key> keys) {
        return work(connection -> {
            Map<AppliedReport.Key, AppliedReport> found = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select a.agency_id, a.year, a.report_id, a.revision, a.status, a.agency_name, a.region_code,
                           a.violation_count, a.numbers::text, a.published_on, a.event_time, a.applied_at
                    from applied_report a join %s using (agency_id, year)""".formatted(KEYS))) {
                bind(connection, select, keys);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        AppliedReport report = new AppliedReport();
                        report.agencyId = rows.getString(1);
                        report.year = rows.getInt(2);
                        report.reportId = rows.getObject(3, UUID.class);
                        report.revision = rows.getInt(4);
                        report.status = ReportStatus.valueOf(rows.getString(5));
                        report.agencyName = rows.getString(6);
                        report.regionCode = rows.getString(7);
                        report.violationCount = rows.getInt(8);
                        report.numbers = rows.getString(9);
                        report.publishedOn = rows.getObject(10, LocalDate.class);
                        report.eventTime = rows.getObject(11, OffsetDateTime.class).toInstant();
                        report.appliedAt = rows.getObject(12, OffsetDateTime.class).toInstant();
                        found.put(new AppliedReport.Key(report.agencyId, report.year), report);
                    }
                }
            }
            return found;
        });
    }

    public Map<AppliedReport.Key, AppliedReview> reviews(Collection<AppliedReport.Key> keys) {
        return work(connection -> {
            Map<AppliedReport.Key, AppliedReview> found = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select r.agency_id, r.year, r.revision, r.sequence, r.decision, r.applied_at
                    from applied_review r join %s using (agency_id, year)""".formatted(KEYS))) {
                bind(connection, select, keys);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        AppliedReview review = new AppliedReview();
                        review.agencyId = rows.getString(1);
                        review.year = rows.getInt(2);
                        review.revision = rows.getInt(3);
                        review.sequence = rows.getInt(4);
                        review.decision = ReviewDecision.valueOf(rows.getString(5));
                        review.appliedAt = rows.getObject(6, OffsetDateTime.class).toInstant();
                        found.put(new AppliedReport.Key(review.agencyId, review.year), review);
                    }
                }
            }
            return found;
        });
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
                    select agency_id, year, report_id, revision, status, agency_name, region_code, violation_count,
                           cast(numbers as jsonb), published_on, event_time, applied_at
                    from unnest(?::varchar[], ?::integer[], ?::uuid[], ?::integer[], ?::varchar[], ?::varchar[],
                                ?::varchar[], ?::integer[], ?::text[], ?::date[], ?::timestamptz[], ?::timestamptz[])
                         as a(agency_id, year, report_id, revision, status, agency_name, region_code, violation_count,
                              numbers, published_on, event_time, applied_at)
                    on conflict (agency_id, year) do update set report_id = excluded.report_id,
                        revision = excluded.revision, status = excluded.status, agency_name = excluded.agency_name,
                        region_code = excluded.region_code, violation_count = excluded.violation_count,
                        numbers = excluded.numbers, published_on = excluded.published_on,
                        event_time = excluded.event_time, applied_at = excluded.applied_at""")) {
                int size = rows.size();
                Object[][] columns = new Object[12][size];
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
                    columns[8][i] = report.numbers;
                    columns[9][i] = report.publishedOn == null ? null : report.publishedOn.toString();
                    columns[10][i] = report.eventTime.toString();
                    columns[11][i] = report.appliedAt.toString();
                }
                String[] types = {"varchar", "integer", "text", "integer", "varchar", "varchar", "varchar", "integer",
                        "text", "text", "text", "text"};
                for (int column = 0; column < types.length; column++) {
                    upsert.setArray(column + 1, connection.createArrayOf(types[column], columns[column]));
                }
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

    private static void bind(Connection connection, PreparedStatement statement, Collection<AppliedReport.Key> keys)
            throws SQLException {
        statement.setArray(1, connection.createArrayOf("varchar",
                keys.stream().map(AppliedReport.Key::agencyId).toArray()));
        statement.setArray(2, connection.createArrayOf("integer",
                keys.stream().map(AppliedReport.Key::year).toArray()));
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }
}
