package gov.disclosure.rollups.storage;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.review.ReviewDecision;
import gov.disclosure.rollups.domain.Contribution;
import gov.disclosure.rollups.domain.Numbers;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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

    /** When the report was published, as the event said; null from events before report services said it. */
    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "event_time", nullable = false)
    public Instant eventTime;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;

    @Transient
    private Numbers inOrder;

    /** Whether the stored numbers were within bounds when {@link #inOrder} was read (true for an event's). */
    @Transient
    private boolean withinBounds = true;

    /**
     * What completeness needs of a published report: whose it is, where, when it was published, its revision, and the
     * review decision applied for it if any (on whichever revision: {@code reviewedRevision} and {@code decision} null
     * when none). Not its numbers: a country's reports of a year are read at once, and their numbers are most of a
     * row (some 13 KB each as they were stored before plain zeros were left out).
     */
    public record Published(String agencyId, String agencyName, String regionCode, int revision, LocalDate publishedOn,
                            Instant eventTime, Integer reviewedRevision, ReviewDecision decision) {
    }

    /**
     * The published reports on a year of agencies of these regions, by where the reports say they are or where the
     * roster has their agencies; every published report on the year when {@code regionCodes} is null.
     */
    public static List<Published> publishedIn(int year, Collection<String> regionCodes) {
        String query = "select a.agencyId, a.agencyName, a.regionCode, a.revision, a.publishedOn, a.eventTime,"
                + " r.revision, r.decision from AppliedReport a left join AppliedReview r"
                + " on r.agencyId = a.agencyId and r.year = a.year where a.year = :year and a.status = :status"
                + (regionCodes == null ? "" : " and (a.regionCode in :codes or a.agencyId in"
                + " (select roster.agencyId from RosterAgency roster where roster.regionCode in :codes))");
        var found = getEntityManager().createQuery(query, Object[].class)
                .setParameter("year", year)
                .setParameter("status", ReportStatus.PUBLISHED);
        if (regionCodes != null) {
            found.setParameter("codes", regionCodes);
        }
        return found.getResultList().stream()
                .map(row -> new Published((String) row[0], (String) row[1], (String) row[2], (Integer) row[3],
                        (LocalDate) row[4], (Instant) row[5], (Integer) row[6], (ReviewDecision) row[7]))
                .toList();
    }

    /**
     * What the list of a rollup's reports shows of one: the revision whose numbers the rollup holds, without those
     * numbers (most of a row).
     */
    public record Listed(String agencyId, String agencyName, String regionCode, UUID reportId, int revision,
                         int violationCount, Instant eventTime, Instant appliedAt) {
    }

    /**
     * One page of the published reports a rollup holds (accepted only: their applied revision was accepted), by
     * region and agency, and how many it holds in all.
     */
    public static Page<Listed> inRollup(int year, Collection<String> regionCodes, boolean acceptedOnly,
                                        boolean withoutViolations, int page, int size) {
        String where = " from AppliedReport a where a.year = :year and a.status = :status"
                + (regionCodes == null ? "" : " and a.regionCode in :codes")
                + (withoutViolations ? " and a.violationCount = 0" : "")
                + (acceptedOnly ? " and exists (select 1 from AppliedReview r where r.agencyId = a.agencyId"
                + " and r.year = a.year and r.revision = a.revision and r.decision = :accepted)" : "");
        var items = bind(getEntityManager().createQuery("select a.agencyId, a.agencyName, a.regionCode, a.reportId,"
                        + " a.revision, a.violationCount, a.eventTime, a.appliedAt" + where
                        + " order by a.regionCode, a.agencyId", Object[].class), year, regionCodes, acceptedOnly)
                .setFirstResult((int) Math.min((long) page * size, Integer.MAX_VALUE))
                .setMaxResults(size)
                .getResultList().stream()
                .map(row -> new Listed((String) row[0], (String) row[1], (String) row[2], (UUID) row[3],
                        (Integer) row[4], (Integer) row[5], (Instant) row[6], (Instant) row[7]))
                .toList();
        long total = bind(getEntityManager().createQuery("select count(a)" + where, Long.class),
                year, regionCodes, acceptedOnly).getSingleResult();
        return new Page<>(items, total);
    }

    /** Some of the rows a query matches, and how many it matches in all. */
    public record Page<T>(List<T> items, long totalItems) {
    }

    private static <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> query, int year,
                                                              Collection<String> regionCodes, boolean acceptedOnly) {
        query.setParameter("year", year).setParameter("status", ReportStatus.PUBLISHED);
        if (regionCodes != null) {
            query.setParameter("codes", regionCodes);
        }
        if (acceptedOnly) {
            query.setParameter("accepted", gov.disclosure.review.ReviewDecision.ACCEPTED);
        }
        return query;
    }

    public static AppliedReport find(String agencyId, int year) {
        return findById(new Key(agencyId, year));
    }

    /** What this revision adds to the rollups, given the review decision applied: nothing once withdrawn. */
    public Contribution contribution(AppliedReview review) {
        return status == ReportStatus.PUBLISHED
                ? new Contribution(regionCode, year, violationCount > 0, AppliedReview.accepts(review, revision), inOrder())
                : null;
    }

    public Map<String, BigDecimal> numbers() {
        return NumbersJson.read(numbers).numbers();
    }

    /** The numbers in the catalogue's order, read once. */
    private Numbers inOrder() {
        if (inOrder == null) {
            NumbersJson.Read read = NumbersJson.read(numbers);
            inOrder = Numbers.of(read.numbers());
            withinBounds = read.withinBounds();
        }
        return inOrder;
    }

    /** False for numbers applied before events were bounded: they are read rounded (see NumbersJson). */
    public boolean numbersWithinBounds() {
        inOrder();
        return withinBounds;
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
        inOrder = Numbers.of(event.numbers());
        withinBounds = true;
        eventTime = event.time();
        publishedOn = event.publishedOn();
        appliedAt = now;
    }
}
