package gov.disclosure.rollups.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The rebuilds asked for, and how the last one ended (table rollup_rebuild, one row). The table is not among those a
 * rebuild locks ({@link RollupStore#lockForRebuild}), so that asking for a rebuild never waits for one in progress.
 * Times are the database's, so that replicas compare them on one clock.
 */
@ApplicationScoped
public class RebuildRecord {

    /** Whether a rebuild holds its lock now: only a rebuild locks the rollup table in exclusive mode. */
    private static final String RUNNING = """
            exists (select 1 from pg_locks l join pg_class c on c.oid = l.relation
                    where c.relname = 'rollup' and c.relnamespace = to_regnamespace(current_schema())::oid
                      and l.mode = 'ExclusiveLock' and l.granted)""";

    /** Whether a rebuild was asked for since the last one began: a rebuild answers the requests made before. */
    private static final String PENDING =
            "requested_at is not null and requested_at > coalesce(started_at, '-infinity')";

    /** The row as it stands, with whether a rebuild runs now and whether one is asked for ({@link #requested}). */
    public record Stored(boolean running, boolean pending, Instant requestedAt, String requestedBy, Instant startedAt,
                         Instant finishedAt, Long reports, Integer rollups, List<String> rounded, Instant failedAt,
                         String failure) {
    }

    /** The length of rollup_rebuild.requested_by; a token's subject may be longer. */
    private static final int REQUESTED_BY_LENGTH = 255;

    private final EntityManager entityManager;

    public RebuildRecord(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records a request for a rebuild, by whom (a subject longer than the column is kept to its first 255 chars). */
    public void request(String by) {
        entityManager.createNativeQuery("update rollup_rebuild set requested_at = clock_timestamp(), requested_by = ?1")
                .setParameter(1, by == null || by.length() <= REQUESTED_BY_LENGTH ? by
                        : by.substring(0, REQUESTED_BY_LENGTH))
                .executeUpdate();
    }

    /** Whether a rebuild was asked for since the last one began. */
    public boolean requested() {
        return (Boolean) entityManager.createNativeQuery("select " + PENDING + " from rollup_rebuild")
                .getSingleResult();
    }

    /** The database's time now: when a rebuild that has just taken its lock began. */
    public Instant now() {
        return ((OffsetDateTime) entityManager.createNativeQuery("select clock_timestamp()", OffsetDateTime.class)
                .getSingleResult()).toInstant();
    }

    /** Records a rebuild that began at {@code startedAt} and ends now (in its transaction: both commit or neither). */
    public void finished(Instant startedAt, long reports, int rollups, List<String> rounded) {
        entityManager.createNativeQuery("update rollup_rebuild set started_at = ?1, finished_at = clock_timestamp(),"
                        + " reports = ?2, rollups = ?3, rounded = cast(?4 as text[]), failed_at = null, failure = null")
                .setParameter(1, Timestamp.from(startedAt))
                .setParameter(2, reports)
                .setParameter(3, rollups)
                .setParameter(4, rounded.toArray(String[]::new))
                .executeUpdate();
    }

    /** Records that the rebuild asked for failed, and why (in a transaction of its own). */
    public void failed(String failure) {
        entityManager.createNativeQuery("update rollup_rebuild set failed_at = clock_timestamp(), failure = ?1")
                .setParameter(1, failure)
                .executeUpdate();
    }

    public Stored read() {
        Object[] row = (Object[]) entityManager.createNativeQuery("select " + RUNNING + ", " + PENDING
                + ", requested_at, requested_by,"
                + " started_at, finished_at, reports, rollups, rounded, failed_at, failure from rollup_rebuild")
                .getSingleResult();
        return new Stored((Boolean) row[0], (Boolean) row[1], instant(row[2]), (String) row[3], instant(row[4]),
                instant(row[5]), row[6] == null ? null : ((Number) row[6]).longValue(),
                row[7] == null ? null : ((Number) row[7]).intValue(), texts(row[8]), instant(row[9]), (String) row[10]);
    }

    private static List<String> texts(Object array) {
        try {
            Object values = array instanceof java.sql.Array sql ? sql.getArray() : array;
            return values == null ? null : Arrays.stream((Object[]) values).map(String::valueOf).toList();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the rebuild's rounded reports", e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
