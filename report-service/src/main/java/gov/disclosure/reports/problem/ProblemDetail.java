package gov.disclosure.reports.problem;

import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.regions.RegionCandidate;
import gov.disclosure.reports.parsing.MissingPart;
import gov.disclosure.reports.validation.FieldError;
import gov.disclosure.reports.validation.Violation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The shape of every error answer (RFC 9457, {@code application/problem+json}), for the API description. The
 * members after {@code instance} appear only on the problem types that use them.
 */
@Schema(name = "ProblemDetail", description = "An error answer (RFC 9457 problem details).")
public record ProblemDetail(
        @Schema(description = "The kind of problem", examples = "/problems/rule-violations") String type,
        @Schema(examples = "The report's numbers do not add up") String title,
        @Schema(examples = "422") int status,
        @Schema(description = "What went wrong in this request") String detail,
        @Schema(description = "The request path", examples = "/api/v1/reports") String instance,
        @Schema(description = "invalid-report: every field that is wrong; invalid-parameter: every parameter")
        List<FieldError> errors,
        @Schema(description = "rule-violations: every broken rule") List<Violation> violations,
        @Schema(description = "rule-violations: the warnings (they never refuse a report)") List<Violation> warnings,
        @Schema(description = "precondition-required, precondition-failed: the report's current revision")
        Integer currentRevision,
        @Schema(description = "malformed-json: where the JSON breaks") String pointer,
        @Schema(description = "unreadable-text: every part of the report the text lacks") List<MissingPart> missing,
        @Schema(description = "unreadable-text: the JSON pointer of every number the text left unread")
        List<String> unreadCells,
        @Schema(description = "unreadable-text: the report as far as it was read, each unread number null: fix those "
                + "cells and submit it as JSON") AnnualReport report,
        @Schema(description = "region-undetermined: the agency's name as read") String agencyName,
        @Schema(description = "region-undetermined: the regions the name could mean") List<RegionCandidate> candidates) {
}
