package gov.disclosure.reports.storage;

import gov.disclosure.report.ReportStatus;

import java.util.Collection;

/**
 * Which reports a listing shows, as of their latest revision. Null fields do not filter.
 *
 * @param regionCodes the regions the report's region must be one of (a region, or it and all below it)
 * @param agencyIds   the agencies the report must be of (what a submitter's token acts for)
 */
public record ReportFilter(Collection<String> regionCodes, Integer year, String agencyId, Collection<String> agencyIds,
                           ReportStatus status, Boolean hasViolations) {

    public ReportFilter withRegionCodes(Collection<String> codes) {
        return new ReportFilter(codes, year, agencyId, agencyIds, status, hasViolations);
    }

    public ReportFilter withAgencyIds(Collection<String> ids) {
        return new ReportFilter(regionCodes, year, agencyId, ids, status, hasViolations);
    }
}
