package gov.disclosure.reports.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.query.NativeQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** An event waiting to be sent to Kafka, or sent already. Its id is the CloudEvents id. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Insertion order (filled by the database): events are sent in this order. */
    @Column(insertable = false, updatable = false)
    public Long sequence;

    /** The Kafka topic it goes to. */
    @Column(nullable = false)
    public String topic;

    /** The CloudEvents type: what kind of event it is. */
    @Column(name = "event_type", nullable = false)
    public String type;

    /** The Kafka record key: the agency id. */
    @Column(name = "event_key", nullable = false)
    public String key;

    /** The CloudEvents subject: the report id (the agency id for roster entries). */
    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The W3C traceparent of the request that recorded it; null when that was not traced. */
    public String traceparent;

    @Column(name = "sent_at")
    public Instant sentAt;

    /**
     * The oldest unsent events, locked for this transaction; rows another relay holds are skipped, so that several
     * replicas can relay at once without sending an event twice.
     */
    @SuppressWarnings("unchecked")
    public static List<OutboxEvent> claimUnsent(int limit) {
        return getEntityManager()
                .createNativeQuery("select * from outbox_event where sent_at is null order by sequence"
                        + " limit ?1 for update skip locked", OutboxEvent.class)
                .setParameter(1, limit)
                .getResultList();
    }

    /**
     * One statement whatever the number of ids (an array, not an {@code in} list): an {@code in} list of each new
     * length was translated again by Hibernate (0.3 % of the report service's samples one by one) and was a statement
     * of its own for the driver's and PostgreSQL's prepared statements. Named as touching this entity only, so
     * that Hibernate does not treat the native update as touching every table.
     */
    public static void markSent(Collection<UUID> ids, Instant when) {
        if (!ids.isEmpty()) {
            getEntityManager().createNativeQuery("update outbox_event set sent_at = ?1 where id = any(?2)")
                    .unwrap(NativeQuery.class).addSynchronizedEntityClass(OutboxEvent.class)
                    .setParameter(1, when)
                    .setParameter(2, ids.toArray(UUID[]::new))
                    .executeUpdate();
        }
    }

    /** How many events are unsent, and when the oldest of them was written (null when none). */
    public record Backlog(long unsent, Instant oldest) {
    }

    public static Backlog backlog() {
        Object[] row = (Object[]) getEntityManager()
                .createQuery("select count(e), min(e.createdAt) from OutboxEvent e where e.sentAt is null")
                .getSingleResult();
        return new Backlog((Long) row[0], (Instant) row[1]);
    }

    public static long deleteSentBefore(Instant cutoff) {
        return delete("sentAt < ?1", cutoff);
    }
}
