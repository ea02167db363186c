package gov.disclosure.reports.storage;

import gov.disclosure.report.ReportStatus;
import gov.disclosure.review.ReviewStatus;

import java.util.Collection;

/**
 * Which reports a listing shows, as of their latest revision. Null fields do not filter.
 *
 * @param regionCodes the regions the report's region must be one of (a region, or it and all below it)
 * @param agencyIds   the agencies the report must be of (what a submitter's token acts for)
 * @param rostered    whether the report's agency must be on the roster (true) or not (false)
 */
public record ReportFilter(Collection<String> regionCodes, Integer year, String agencyId, Collection<String> agencyIds,
                           ReportStatus status, Boolean hasViolations, ReviewStatus reviewStatus, Boolean rostered) {

    public ReportFilter(Collection<String> regionCodes, Integer year, String agencyId, Collection<String> agencyIds,
                        ReportStatus status, Boolean hasViolations) {
        this(regionCodes, year, agencyId, agencyIds, status, hasViolations, null, null);
    }

    public ReportFilter withRegionCodes(Collection<String> codes) {
        return new ReportFilter(codes, year, agencyId, agencyIds, status, hasViolations, reviewStatus, rostered);
    }

    public ReportFilter withAgencyIds(Collection<String> ids) {
        return new ReportFilter(regionCodes, year, agencyId, ids, status, hasViolations, reviewStatus, rostered);
    }
}
