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

/** A job loading many files: who sent it (and so what it may store), and where it stands. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    /** RUNNING until every file is read; CANCELLED leaves the files not yet read unread. */
    public enum Status { RUNNING, DONE, CANCELLED }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    /** The submitting caller as JSON: the job stores with that caller's reach. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String caller;

    @Column(name = "validation_mode", nullable = false)
    public String validationMode;

    @Column(nullable = false)
    public int total;
}
