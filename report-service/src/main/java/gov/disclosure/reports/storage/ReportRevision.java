package gov.disclosure.reports.storage;

import gov.disclosure.report.ReportStatus;
import gov.disclosure.reports.parsing.TemplateFormat;
import gov.disclosure.reports.validation.ValidationMode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One stored revision of a report: the whole document as submitted, and the verdict on it. Never changed once
 * stored (the database refuses updates too).
 */
@Entity
@Immutable
@Table(name = "report_revision")
public class ReportRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    /** The canonical JSON of the report. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String document;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "validation_mode", nullable = false)
    public ValidationMode validationMode;

    /** JSON array of the rule violations kept with the report. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String violations;

    /** JSON array of the warnings kept with the report. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String warnings;

    @Column(name = "violation_count", nullable = false)
    public int violationCount;

    @Column(name = "warning_count", nullable = false)
    public int warningCount;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** The subject of the token that stored this revision (null before tokens were required). */
    @Column(name = "submitted_by")
    public String submittedBy;

    /** JSON array of the agencies that token acted for. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "submitted_by_agencies")
    public String submittedByAgencies;

    /** Why the revision was made, as its writer said (X-Change-Reason); null where it said nothing. */
    @Column(name = "change_reason")
    public String changeReason;

    /** The template a text submission followed; null for JSON. */
    @Enumerated(EnumType.STRING)
    @Column(name = "source_format")
    public TemplateFormat sourceFormat;

    /** JSON array of the remarks on how a text submission was read; null for JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "source_notes")
    public String sourceNotes;

    /** The published text as submitted; null for JSON. */
    @Column(name = "source_text")
    public String sourceText;

    public static Optional<ReportRevision> find(UUID reportId, int revision) {
        return find("reportId = ?1 and revision = ?2", reportId, revision).firstResultOptional();
    }

    public static List<ReportRevision> history(UUID reportId) {
        return list("reportId = ?1 order by revision", reportId);
    }
}
