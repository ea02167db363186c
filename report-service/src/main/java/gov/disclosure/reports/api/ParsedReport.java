package gov.disclosure.reports.api;

import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.submission.ReportSource;
import gov.disclosure.reports.validation.ValidationResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report read from its published text and checked, but not stored (a dry run). */
@Schema(description = "A report read from its published text and checked, but not stored.")
public record ParsedReport(
        @Schema(description = "How the text was read") ReportSource source,
        @Schema(description = "The report in its canonical JSON") AnnualReport report,
        @Schema(description = "The verdict a submission would get (valid false in strict mode: it would be refused)")
        ValidationResult validation) {
}
