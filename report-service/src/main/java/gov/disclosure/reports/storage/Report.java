package gov.disclosure.reports.storage;

import gov.disclosure.report.ReportStatus;
import gov.disclosure.review.ReviewStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** One agency's report for one year, as of its latest revision: what listings filter on. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false, updatable = false)
    public String agencyId;

    @Column(nullable = false, updatable = false)
    public int year;

    @Column(name = "current_revision", nullable = false)
    public int currentRevision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    @Column(name = "agency_name", nullable = false)
    public String agencyName;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "violation_count", nullable = false)
    public int violationCount;

    @Column(name = "warning_count", nullable = false)
    public int warningCount;

    /** The publication date the current revision states; null when it states none (see PublicationDates). */
    @Column(name = "published_on")
    public LocalDate publishedOn;

    /** Where the current revision stands with its reviewers. */
    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false)
    public ReviewStatus reviewStatus = ReviewStatus.PENDING;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Report> findByAgencyAndYear(String agencyId, int year) {
        return find("agencyId = ?1 and year = ?2", agencyId, year).firstResultOptional();
    }

    /** Makes this row describe {@code revision}, now the latest: not yet reviewed. */
    public void advanceTo(ReportRevision revision, String agencyName, String regionCode) {
        this.currentRevision = revision.revision;
        this.status = revision.status;
        this.agencyName = agencyName;
        this.regionCode = regionCode;
        this.violationCount = revision.violationCount;
        this.warningCount = revision.warningCount;
        this.updatedAt = revision.submittedAt;
        this.reviewStatus = ReviewStatus.PENDING;
    }
}
