package gov.disclosure.reports.storage;

import gov.disclosure.report.ReportStatus;
import gov.disclosure.report.AnnualReport;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.narayana.jta.QuarkusTransaction;
import gov.disclosure.review.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of stored reports and revisions. */
@ApplicationScoped
public class ReportQueries implements StoredReports {

    private final ReportDocuments documents;

    public ReportQueries(ReportDocuments documents) {
        this.documents = documents;
    }

    public Optional<Report> report(String agencyId, int year) {
        return Report.findByAgencyAndYear(agencyId, year);
    }

    public Optional<Report> report(UUID id) {
        return Report.findByIdOptional(id);
    }

    public Optional<ReportRevision> revision(UUID reportId, int revision) {
        return ReportRevision.find(reportId, revision);
    }

    public List<ReportRevision> history(UUID reportId) {
        return ReportRevision.history(reportId);
    }

    /** A report with its latest revision. */
    public record Latest(Report report, ReportRevision revision) {
    }

    @Override
    public Optional<RosterAgency> rosterEntry(String agencyId) {
        return RosterAgency.find(agencyId);
    }

    /** The agency's report of that year and its latest revision, in one statement; empty when none is stored. */
    @Override
    public Optional<Latest> latest(String agencyId, int year) {
        return Report.getEntityManager()
                .createQuery("select r, v from Report r join ReportRevision v on v.reportId = r.id"
                        + " and v.revision = r.currentRevision where r.agencyId = ?1 and r.year = ?2", Object[].class)
                .setParameter(1, agencyId).setParameter(2, year)
                .getResultStream().findFirst()
                .map(row -> new Latest((Report) row[0], (ReportRevision) row[1]));
    }

    /**
     * The agency's reports of the years before and after {@code year} as they stand, unless withdrawn, in one
     * statement: what the year-on-year rules compare with. Keyed by year; a year without one is absent.
     */
    @Override
    public java.util.Map<Integer, AnnualReport> publishedAround(String agencyId, int year) {
        java.util.Map<Integer, AnnualReport> around = new java.util.HashMap<>();
        Report.getEntityManager()
                .createQuery("select r.year, v.document from Report r join ReportRevision v on v.reportId = r.id"
                        + " and v.revision = r.currentRevision where r.agencyId = ?1 and r.year in (?2, ?3)"
                        + " and r.status = ?4", Object[].class)
                .setParameter(1, agencyId).setParameter(2, year - 1).setParameter(3, year + 1)
                .setParameter(4, ReportStatus.PUBLISHED)
                .getResultList()
                .forEach(row -> around.put((Integer) row[0], documents.report((String) row[1])));
        return around;
    }

    /** The agency's report of that year as it stands, unless withdrawn: what CARRY_CHAIN compares with. */
    public Optional<AnnualReport> latestPublished(String agencyId, int year) {
        return report(agencyId, year)
                .filter(report -> report.status == ReportStatus.PUBLISHED)
                .flatMap(report -> revision(report.id, report.currentRevision))
                .map(revision -> documents.report(revision.document));
    }

    /** The name an agency's latest stored report gives it; empty when none is stored. */
    public Optional<String> agencyName(String agencyId) {
        return Report.<Report>find("agencyId = ?1 order by year desc", agencyId).firstResultOptional()
                .map(report -> report.agencyName);
    }

    /** One page of the reports a search found, and how many it found in all. */
    public record Found(List<Report> reports, long total) {
    }

    /** Which of these agencies are on the roster. */
    public java.util.Set<String> rostered(java.util.Collection<String> agencyIds) {
        if (agencyIds.isEmpty()) {
            return java.util.Set.of();
        }
        return RosterAgency.<RosterAgency>list("agencyId in ?1", agencyIds).stream()
                .map(agency -> agency.agencyId).collect(java.util.stream.Collectors.toSet());
    }

    public Found search(ReportFilter filter, int page, int size) {
        Parameters parameters = new Parameters();
        String query = where(filter, parameters, "");
        Sort order = Sort.descending("year").and("regionCode").and("agencyId");
        var found = Report.<Report>find(query, order, parameters);
        if (Pages.beyondAnyRow(page, size)) {
            return new Found(List.of(), found.count());
        }
        return new Found(found.page(Page.of(page, size)).list(), found.count());
    }

    /**
     * The HQL condition on Report of a filter (empty: none), its parameters put into {@code parameters}.
     *
     * @param alias the name the query gives Report, or "" when it gives none
     */
    private static String where(ReportFilter filter, Parameters parameters, String alias) {
        String r = alias.isEmpty() ? "" : alias + ".";
        List<String> conditions = new ArrayList<>();
        if (filter.regionCodes() != null) {
            conditions.add(r + "regionCode in :regionCodes");
            parameters.and("regionCodes", filter.regionCodes().isEmpty() ? List.of("") : filter.regionCodes());
        }
        if (filter.year() != null) {
            conditions.add(r + "year = :year");
            parameters.and("year", filter.year());
        }
        if (filter.agencyId() != null) {
            conditions.add(r + "agencyId = :agencyId");
            parameters.and("agencyId", filter.agencyId());
        }
        if (filter.agencyIds() != null) {
            conditions.add(r + "agencyId in :agencyIds");
            parameters.and("agencyIds", filter.agencyIds().isEmpty() ? List.of("") : filter.agencyIds());
        }
        if (filter.status() != null) {
            conditions.add(r + "status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.hasViolations() != null) {
            conditions.add(r + (filter.hasViolations() ? "violationCount > 0" : "violationCount = 0"));
        }
        if (filter.reviewStatus() != null) {
            conditions.add(r + "reviewStatus = :reviewStatus");
            parameters.and("reviewStatus", filter.reviewStatus());
        }
        if (filter.rostered() != null) {
            conditions.add(r + "agencyId " + (filter.rostered() ? "in" : "not in")
                    + " (select roster.agencyId from RosterAgency roster)");
        }
        return String.join(" and ", conditions);
    }

    /** One report as an export shows it: its latest revision's summary and canonical JSON, as stored. */
    public record ExportedReport(UUID id, String agencyId, String agencyName, String regionCode, int year,
                                 int revision, ReportStatus status, ReviewStatus reviewStatus, int violationCount,
                                 int warningCount, String document) {
    }

    /**
     * Hands every report the filter finds to {@code each}, in the list's order, read from the database in batches
     * of {@code fetchSize} through a cursor: memory holds a batch, not the result. Scalars only, so that the
     * persistence context keeps nothing. Runs in a transaction of its own (a cursor needs one).
     */
    public void export(ReportFilter filter, int fetchSize, java.util.function.Consumer<ExportedReport> each) {
        Parameters parameters = new Parameters();
        String condition = where(filter, parameters, "r");
        String hql = "select new " + ExportedReport.class.getName() + "(r.id, r.agencyId, r.agencyName, r.regionCode,"
                + " r.year, r.currentRevision, r.status, r.reviewStatus, r.violationCount, r.warningCount, v.document)"
                + " from Report r, ReportRevision v where v.reportId = r.id and v.revision = r.currentRevision"
                + (condition.isEmpty() ? "" : " and " + condition)
                + " order by r.year desc, r.regionCode, r.agencyId";
        QuarkusTransaction.requiringNew().timeout(EXPORT_TIMEOUT_SECONDS).run(() -> {
            var query = Report.getEntityManager().createQuery(hql, ExportedReport.class)
                    .setHint(org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE, fetchSize)
                    .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true);
            parameters.map().forEach(query::setParameter);
            try (var reports = query.getResultStream()) {
                reports.forEach(each);
            }
        });
    }

    /** How long an export may read: an hour (a country's reports of many years). */
    private static final int EXPORT_TIMEOUT_SECONDS = 3600;
}
