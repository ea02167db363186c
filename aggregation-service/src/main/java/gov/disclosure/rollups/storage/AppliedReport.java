package gov.disclosure.rollups.storage;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.rollups.domain.Contribution;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The latest revision of an agency's report for a year that this service has applied to the rollups. */
@Entity
@Table(name = "applied_report")
@IdClass(AppliedReport.Key.class)
public class AppliedReport extends PanacheEntityBase {

    public record Key(String agencyId, int year) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "agency_id")
    public String agencyId;

    @Id
    public int year;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    @Column(name = "agency_name", nullable = false)
    public String agencyName;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "violation_count", nullable = false)
    public int violationCount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String numbers;

    @Column(name = "event_time", nullable = false)
    public Instant eventTime;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;

    public static AppliedReport find(String agencyId, int year) {
        return findById(new Key(agencyId, year));
    }

    /** What this revision adds to the rollups: nothing once withdrawn. */
    public Contribution contribution() {
        return status == ReportStatus.PUBLISHED ? contribution(regionCode, year, violationCount, numbers()) : null;
    }

    public static Contribution contribution(ReportPublished event) {
        return event.status() == ReportStatus.PUBLISHED
                ? contribution(event.regionCode(), event.year(), event.violationCount(), event.numbers())
                : null;
    }

    public Map<String, BigDecimal> numbers() {
        return NumbersJson.read(numbers);
    }

    /** False for numbers applied before events were bounded: they are read rounded (see NumbersJson). */
    public boolean numbersWithinBounds() {
        return NumbersJson.withinBounds(numbers);
    }

    /** Makes this the record of {@code event}, now applied. */
    public void record(ReportPublished event, Instant now) {
        agencyId = event.agencyId();
        year = event.year();
        reportId = event.reportId();
        revision = event.revision();
        status = event.status();
        agencyName = event.agencyName();
        regionCode = event.regionCode();
        violationCount = event.violationCount();
        numbers = NumbersJson.write(event.numbers());
        eventTime = event.time();
        appliedAt = now;
    }

    private static Contribution contribution(String regionCode, int year, int violations, Map<String, BigDecimal> numbers) {
        return new Contribution(regionCode, year, violations > 0, numbers);
    }
}
