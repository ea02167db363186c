package gov.disclosure.reports.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.reports.review.Review;
import gov.disclosure.reports.submission.ReportSource;
import gov.disclosure.reports.submission.Submitter;
import gov.disclosure.reports.validation.ValidationResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One stored revision of a report: the report as submitted, and what the service knows about it. */
@Schema(description = "A stored revision of a report.")
public record StoredReport(
        @Schema(description = "The report's id: the same for every revision of one agency's report for one year")
        UUID id,
        @Schema(description = "Revision number, from 1; also the ETag", examples = "1") int revision,
        ReportStatus status,
        @Schema(description = "When this revision was stored") Instant submittedAt,
        @Schema(description = "Who stored this revision") @JsonInclude(JsonInclude.Include.NON_NULL) Submitter submittedBy,
        @Schema(description = "The verdict on the report's arithmetic, kept with the revision")
        ValidationResult validation,
        @Schema(description = "The report in its canonical JSON, as submitted") AnnualReport report,
        @Schema(description = "Present when the report was submitted as published text: how it was read")
        @JsonInclude(JsonInclude.Include.NON_NULL) ReportSource source,
        @Schema(description = "When the report was published: the date it states, else the day this service first "
                + "accepted it") LocalDate publishedOn,
        @Schema(description = "Where this revision stands with its reviewers, with their comments") Review review,
        @Schema(description = "Why this revision was made, as its writer said (X-Change-Reason)")
        @JsonInclude(JsonInclude.Include.NON_NULL) String changeReason) {
}
