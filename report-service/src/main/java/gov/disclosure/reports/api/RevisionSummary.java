package gov.disclosure.reports.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.reports.submission.Submitter;
import gov.disclosure.reports.validation.ValidationMode;
import gov.disclosure.review.ReviewStatus;

import java.time.Instant;

/** One entry of a report's revision history. */
public record RevisionSummary(int revision, ReportStatus status, Instant submittedAt,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Submitter submittedBy,
                              ValidationMode validationMode, int violationCount, int warningCount,
                              ReviewStatus reviewStatus,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String changeReason) {
}
