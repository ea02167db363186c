package gov.disclosure.reports.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.submission.ReportSource;
import gov.disclosure.reports.validation.ValidationResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report read (as JSON, or from its published text) and checked, but not stored: a dry run. */
@Schema(description = "A report read and checked, but not stored (a dry run).")
public record ParsedReport(
        @Schema(description = "How the text was read; absent for JSON") @JsonInclude(JsonInclude.Include.NON_NULL)
        ReportSource source,
        @Schema(description = "The report in its canonical JSON") AnnualReport report,
        @Schema(description = "The verdict a submission would get (valid false in strict mode: it would be refused)")
        ValidationResult validation) {
}
