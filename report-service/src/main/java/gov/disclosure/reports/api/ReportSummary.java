package gov.disclosure.reports.api;

import gov.disclosure.report.ReportStatus;

import java.time.Instant;
import java.util.UUID;

/** A report as of its latest revision, as listings show it. */
public record ReportSummary(UUID id, String agencyId, String agencyName, String regionCode, int year, int revision,
                            ReportStatus status, Instant updatedAt, int violationCount, int warningCount) {
}
