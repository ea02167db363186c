package gov.disclosure.reports.storage;

import gov.disclosure.report.ReportStatus;
import gov.disclosure.report.AnnualReport;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of stored reports and revisions. */
@ApplicationScoped
public class ReportQueries {

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
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.regionCodes() != null) {
            conditions.add("regionCode in :regionCodes");
            parameters.and("regionCodes", filter.regionCodes().isEmpty() ? List.of("") : filter.regionCodes());
        }
        if (filter.year() != null) {
            conditions.add("year = :year");
            parameters.and("year", filter.year());
        }
        if (filter.agencyId() != null) {
            conditions.add("agencyId = :agencyId");
            parameters.and("agencyId", filter.agencyId());
        }
        if (filter.agencyIds() != null) {
            conditions.add("agencyId in :agencyIds");
            parameters.and("agencyIds", filter.agencyIds().isEmpty() ? List.of("") : filter.agencyIds());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.hasViolations() != null) {
            conditions.add(filter.hasViolations() ? "violationCount > 0" : "violationCount = 0");
        }
        if (filter.reviewStatus() != null) {
            conditions.add("reviewStatus = :reviewStatus");
            parameters.and("reviewStatus", filter.reviewStatus());
        }
        if (filter.rostered() != null) {
            conditions.add("agencyId " + (filter.rostered() ? "in" : "not in")
                    + " (select roster.agencyId from RosterAgency roster)");
        }
        String query = conditions.isEmpty() ? "" : String.join(" and ", conditions);
        Sort order = Sort.descending("year").and("regionCode").and("agencyId");
        var found = Report.<Report>find(query, order, parameters);
        if ((long) page * size > Integer.MAX_VALUE) {
            return new Found(List.of(), found.count()); // far beyond the last page: empty, as any page past the end
        }
        return new Found(found.page(Page.of(page, size)).list(), found.count());
    }
}
