package gov.disclosure.reports.problem;

import gov.disclosure.reports.json.MalformedJsonException;
import gov.disclosure.reports.submission.IdempotencyKeyReusedException;
import gov.disclosure.reports.submission.IfMatch;
import gov.disclosure.reports.submission.PreconditionFailedException;
import gov.disclosure.reports.submission.PreconditionRequiredException;
import gov.disclosure.reports.submission.ReportNotFoundException;
import gov.disclosure.reports.validation.InvalidReportException;
import gov.disclosure.reports.validation.RuleViolationsException;
import gov.disclosure.reports.validation.ValidationResult;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers this service's own failures as problem details; the problem extension answers the framework's. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response malformedJson(MalformedJsonException e, UriInfo uri) {
        String where = e.line() > 0 ? " (line %d, column %d)".formatted(e.line(), e.column()) : "";
        return Problems.of(ProblemType.MALFORMED_JSON, e.getMessage() + where, path(uri))
                .with("pointer", e.pointer())
                .build().toResponse();
    }

    @ServerExceptionMapper
    public Response invalidReport(InvalidReportException e, UriInfo uri) {
        var first = e.errors().get(0);
        String detail = (first.pointer().isEmpty() ? "the body" : first.pointer()) + " " + first.detail()
                + (e.errors().size() > 1 ? " (and %d more)".formatted(e.errors().size() - 1) : "");
        return Problems.of(ProblemType.INVALID_REPORT, detail, path(uri))
                .with("errors", e.errors())
                .build().toResponse();
    }

    @ServerExceptionMapper
    public Response ruleViolations(RuleViolationsException e, UriInfo uri) {
        ValidationResult result = e.result();
        String detail = ("%d rule violation(s), first %s %s. Correct the numbers, or submit with "
                + "?validation=lenient to keep the report as published, violations and all.").formatted(
                result.violations().size(), result.violations().get(0).rule(), result.violations().get(0).pointer());
        return Problems.of(ProblemType.RULE_VIOLATIONS, detail, path(uri))
                .with("violations", result.violations())
                .with("warnings", result.warnings())
                .build().toResponse();
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e, UriInfo uri) {
        return Problems.of(ProblemType.PRECONDITION_REQUIRED, e.getMessage(), path(uri))
                .with("currentRevision", e.currentRevision())
                .withHeader(HttpHeaders.ETAG, IfMatch.etag(e.currentRevision()))
                .build().toResponse();
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e, UriInfo uri) {
        var problem = Problems.of(ProblemType.PRECONDITION_FAILED, e.getMessage(), path(uri));
        if (e.currentRevision() > 0) {
            problem.with("currentRevision", e.currentRevision())
                    .withHeader(HttpHeaders.ETAG, IfMatch.etag(e.currentRevision()));
        }
        return problem.build().toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(ReportNotFoundException e, UriInfo uri) {
        return Problems.of(ProblemType.NOT_FOUND, e.getMessage(), path(uri)).build().toResponse();
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReusedException e, UriInfo uri) {
        return Problems.of(ProblemType.IDEMPOTENCY_KEY_REUSED, e.getMessage(), path(uri)).build().toResponse();
    }

    @ServerExceptionMapper
    public Response invalidParameters(InvalidParametersException e, UriInfo uri) {
        var first = e.errors().get(0);
        return Problems.of(ProblemType.INVALID_PARAMETER, first.parameter() + " " + first.detail(), path(uri))
                .with("errors", e.errors())
                .build().toResponse();
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }
}
