package gov.disclosure.reports.storage;

import gov.disclosure.report.ReportStatus;
import java.util.Collection;

/**
 * Which reports a listing shows, as of their latest revision. Null fields do not filter.
 *
 * @param regionCodes the regions the report's region must be one of (a region, or it and all below it)
 */
public record ReportFilter(Collection<String> regionCodes, Integer year, String agencyId, ReportStatus status,
                           Boolean hasViolations) {
}
