package gov.disclosure.reports.problem;

import gov.disclosure.reports.regions.RegionUndeterminedException;
import gov.disclosure.reports.json.MalformedJsonException;
import gov.disclosure.reports.parsing.UnreadableReportException;
import gov.disclosure.reports.published.DocumentReadersBusyException;
import gov.disclosure.reports.published.UnreadableDocumentException;
import gov.disclosure.reports.review.InvalidReviewException;
import gov.disclosure.reports.review.NotReviewableException;
import gov.disclosure.reports.roster.AgencyNotActiveException;
import gov.disclosure.reports.roster.InvalidAgencyException;
import gov.disclosure.reports.security.OutsideScopeException;
import gov.disclosure.reports.submission.IdempotencyKeyReusedException;
import gov.disclosure.reports.submission.PreconditionFailedException;
import gov.disclosure.reports.submission.PreconditionRequiredException;
import gov.disclosure.reports.storage.ReportNotFoundException;
import gov.disclosure.reports.validation.InvalidReportException;
import gov.disclosure.reports.validation.RuleViolationsException;
import gov.disclosure.reports.operations.ReportMetrics;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/** Answers this service's own failures as problem details; the problem extension answers the framework's. */
public class ProblemMappers {

    private final ReportMetrics metrics;

    public ProblemMappers(ReportMetrics metrics) {
        this.metrics = metrics;
    }

    @ServerExceptionMapper({MalformedJsonException.class, InvalidParametersException.class,
            ReportNotFoundException.class, PreconditionFailedException.class, PreconditionRequiredException.class,
            InvalidReportException.class, RuleViolationsException.class, IdempotencyKeyReusedException.class,
            UnreadableReportException.class, RegionUndeterminedException.class, OutsideScopeException.class,
            AgencyNotActiveException.class, InvalidAgencyException.class, InvalidReviewException.class,
            NotReviewableException.class, UnreadableDocumentException.class, TooLargeException.class,
            DocumentReadersBusyException.class})
    public Response problem(RuntimeException failure, UriInfo uri) {
        HttpProblem problem = DomainProblems.of(failure).orElseThrow()
                .withInstance(URI.create(uri.getRequestUri().getRawPath()))
                .build();
        metrics.refused(ProblemType.slug(problem));
        return problem.toResponse();
    }
}
