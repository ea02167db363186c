package gov.disclosure.rollups.storage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** An event sent to the dead-letter topic: its place on the topic, and why it could not be applied. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter extends PanacheEntityBase {

    /** Payloads are kept up to this many characters (enough to see what was wrong). */
    public static final int PAYLOAD_KEPT = 64 * 1024;
    /** Keys are kept up to this many characters (an agency id is a few dozen). */
    public static final int KEY_KEPT = 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "kafka_partition", nullable = false)
    public int partition;

    @Column(name = "kafka_offset", nullable = false)
    public long offset;

    @Column(name = "event_key")
    public String key;

    @Column(nullable = false)
    public String reason;

    public String payload;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /**
     * What a text column can keep of {@code text}: at most {@code max} characters (not ending in half a surrogate
     * pair), and NUL, which PostgreSQL's text refuses, as U+FFFD. Null stays null.
     */
    public static String kept(String text, int max) {
        if (text == null) {
            return null;
        }
        int end = Math.min(text.length(), max);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).replace('\u0000', '\uFFFD');
    }

    public static List<DeadLetter> newestFirst(int page, int size) {
        return findAll(Sort.descending("receivedAt").and("id", Sort.Direction.Descending)).page(Page.of(page, size)).list();
    }
}
