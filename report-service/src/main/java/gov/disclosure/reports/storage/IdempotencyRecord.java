package gov.disclosure.reports.storage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/**
 * The first answer to a request sent with an {@code Idempotency-Key}: which revision it stored or found, and the
 * status it answered with. A retry is answered from the (immutable) revision, so it gets the same answer.
 */
@Entity
@Immutable
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    @Column(name = "idempotency_key")
    public String key;

    /** What the first request asked for; a retry with the same key must ask for the same. */
    @Column(nullable = false)
    public String fingerprint;

    /** What the first request did: CREATED, REVISED or UNCHANGED (see RevisionStore.Outcome). */
    @Column(nullable = true)
    public String outcome;

    /** The HTTP status of the first answer, as records written before {@link #outcome} keep it; null since. */
    @Column(name = "status_code")
    public Integer statusCode;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static long deleteOlderThan(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
