package gov.disclosure.reports.api;

import gov.disclosure.report.ReportStatus;
import gov.disclosure.reports.validation.ValidationMode;

import java.time.Instant;

/** One entry of a report's revision history. */
public record RevisionSummary(int revision, ReportStatus status, Instant submittedAt, ValidationMode validationMode,
                              int violationCount, int warningCount) {
}
