package gov.disclosure.reports.importjobs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** One file of a job: waiting (its bytes kept), claimed by a worker, or read (its result kept, its bytes dropped). */
@Entity
@Table(name = "import_file")
public class ImportFile extends PanacheEntityBase {

    /** PENDING: waiting; CLAIMED: a worker reads it; DONE: read or refused; SKIPPED: its job was cancelled. */
    public enum State { PENDING, CLAIMED, DONE, SKIPPED }

    @Id
    public UUID id;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    @Column(nullable = false)
    public int seq;

    @Column(nullable = false)
    public String name;

    @Column(name = "content_type")
    public String contentType;

    public byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(nullable = false)
    public int attempts;

    /** STORED, UNCHANGED or REFUSED, once read. */
    public String outcome;

    /** What became of the file (a batch item: report, or the problem), once read. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String result;
}
