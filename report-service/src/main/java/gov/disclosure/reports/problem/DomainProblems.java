package gov.disclosure.reports.problem;

import gov.disclosure.reports.regions.RegionCandidate;
import gov.disclosure.reports.regions.RegionUndeterminedException;
import gov.disclosure.reports.json.MalformedJsonException;
import gov.disclosure.reports.parsing.PublishedTextParser;
import gov.disclosure.reports.parsing.UnreadableReportException;
import gov.disclosure.reports.published.DocumentReadersBusyException;
import gov.disclosure.reports.published.UnreadableDocumentException;
import gov.disclosure.reports.published.UnreadableDocumentException.Reason;
import gov.disclosure.reports.review.InvalidReviewException;
import gov.disclosure.reports.review.NotReviewableException;
import gov.disclosure.reports.roster.AgencyNotActiveException;
import gov.disclosure.reports.roster.InvalidAgencyException;
import gov.disclosure.reports.security.OutsideScopeException;
import gov.disclosure.reports.submission.IdempotencyKeyReusedException;
import gov.disclosure.reports.submission.IfMatch;
import gov.disclosure.reports.submission.PreconditionFailedException;
import gov.disclosure.reports.submission.PreconditionRequiredException;
import gov.disclosure.reports.storage.ReportNotFoundException;
import gov.disclosure.reports.validation.FieldError;
import gov.disclosure.reports.validation.InvalidReportException;
import gov.disclosure.reports.validation.RuleViolationsException;
import gov.disclosure.reports.validation.ValidationResult;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Optional;

/** The problem detail of each failure of this service's own: one place, for single requests and batches alike. */
public final class DomainProblems {

    private DomainProblems() {
    }

    /** The problem of a failure of this service's own; empty for anything else (the framework's, or a bug). */
    public static Optional<HttpProblem.Builder> of(RuntimeException failure) {
        return Optional.ofNullable(problem(failure));
    }

    private static HttpProblem.Builder problem(RuntimeException failure) {
        if (failure instanceof MalformedJsonException e) {
            String where = e.line() > 0 ? " (line %d, column %d)".formatted(e.line(), e.column()) : "";
            return Problems.of(ProblemType.MALFORMED_JSON, e.getMessage() + where).with("pointer", e.pointer());
        }
        if (failure instanceof InvalidParametersException e) {
            var first = e.errors().get(0);
            return Problems.of(ProblemType.INVALID_PARAMETER, first.parameter() + " " + first.detail())
                    .with("errors", e.errors());
        }
        if (failure instanceof TooLargeException e) {
            return Problems.of(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage());
        }
        if (failure instanceof OutsideScopeException e) {
            return Problems.of(ProblemType.FORBIDDEN, e.getMessage());
        }
        if (failure instanceof ReportNotFoundException e) {
            return Problems.of(ProblemType.NOT_FOUND, e.getMessage());
        }
        if (failure instanceof PreconditionFailedException e) {
            var problem = Problems.of(ProblemType.PRECONDITION_FAILED, e.getMessage());
            return e.currentRevision() == 0 ? problem : problem.with("currentRevision", e.currentRevision())
                    .withHeader(HttpHeaders.ETAG, IfMatch.etag(e.currentRevision()));
        }
        if (failure instanceof PreconditionRequiredException e) {
            return Problems.of(ProblemType.PRECONDITION_REQUIRED, e.getMessage())
                    .with("currentRevision", e.currentRevision())
                    .withHeader(HttpHeaders.ETAG, IfMatch.etag(e.currentRevision()));
        }
        if (failure instanceof InvalidReportException e) {
            return invalidReport(e.errors());
        }
        if (failure instanceof RuleViolationsException e) {
            return ruleViolations(e.result());
        }
        if (failure instanceof IdempotencyKeyReusedException e) {
            return Problems.of(ProblemType.IDEMPOTENCY_KEY_REUSED, e.getMessage());
        }
        if (failure instanceof UnreadableReportException e) {
            boolean noName = e.missing().stream().anyMatch(part -> part.item().equals(PublishedTextParser.AGENCY_NAME));
            String detail = e.getMessage() + (noName ? ". A text that names no agency can be sent with agencyName" : "")
                    + (e.encoding() == null ? "" : ". The text was " + e.encoding());
            var problem = Problems.of(ProblemType.UNREADABLE_TEXT, detail).with("missing", e.missing());
            if (e.encoding() != null) {
                problem.with("encoding", e.encoding());
            }
            if (e.partial() != null) {
                problem.with("unreadCells", e.unreadCells()).with("report", e.partial().toReport());
            }
            return problem;
        }
        if (failure instanceof RegionUndeterminedException e) {
            return Problems.of(ProblemType.REGION_UNDETERMINED, e.getMessage())
                    .with("agencyName", e.agencyName())
                    .with("candidates", e.candidates().stream().map(RegionCandidate::of).toList());
        }
        if (failure instanceof DocumentReadersBusyException e) {
            return Problems.of(ProblemType.SERVICE_UNAVAILABLE, e.getMessage())
                    .withHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
        if (failure instanceof UnreadableDocumentException e) {
            return Problems.of(e.reason() == Reason.TOO_LARGE ? ProblemType.PAYLOAD_TOO_LARGE
                    : ProblemType.UNREADABLE_DOCUMENT, e.getMessage()).with("reason", e.reason());
        }
        return rosterOrReview(failure);
    }

    private static HttpProblem.Builder rosterOrReview(RuntimeException failure) {
        if (failure instanceof AgencyNotActiveException e) {
            return Problems.of(ProblemType.AGENCY_NOT_ACTIVE, e.getMessage())
                    .with("agencyId", e.entry().agencyId())
                    .with("activeFrom", e.entry().activeFrom() == null ? null : e.entry().activeFrom().toString())
                    .with("activeTo", e.entry().activeTo() == null ? null : e.entry().activeTo().toString());
        }
        if (failure instanceof InvalidAgencyException e) {
            return Problems.of(ProblemType.INVALID_AGENCY, e.getMessage()).with("errors", e.errors());
        }
        if (failure instanceof InvalidReviewException e) {
            return Problems.of(ProblemType.INVALID_REVIEW, e.getMessage()).with("errors", e.errors());
        }
        if (failure instanceof NotReviewableException e) {
            return Problems.of(ProblemType.NOT_REVIEWABLE, e.getMessage());
        }
        return null;
    }

    private static HttpProblem.Builder invalidReport(List<FieldError> errors) {
        FieldError first = errors.get(0);
        String detail = (first.pointer().isEmpty() ? "the body" : first.pointer()) + " " + first.detail()
                + (errors.size() > 1 ? " (and %d more)".formatted(errors.size() - 1) : "");
        return Problems.of(ProblemType.INVALID_REPORT, detail).with("errors", errors);
    }

    private static HttpProblem.Builder ruleViolations(ValidationResult result) {
        String detail = ("%d rule violation(s), first %s %s. Correct the numbers, or submit with "
                + "?validation=lenient to keep the report as published, violations and all.").formatted(
                result.violations().size(), result.violations().get(0).rule(), result.violations().get(0).pointer());
        return Problems.of(ProblemType.RULE_VIOLATIONS, detail)
                .with("violations", result.violations())
                .with("warnings", result.warnings());
    }
}
