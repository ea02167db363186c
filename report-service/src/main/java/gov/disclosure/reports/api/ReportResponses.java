package gov.disclosure.reports.api;

import gov.disclosure.reports.storage.ReportRevision;
import gov.disclosure.reports.submission.RevisionStore.Outcome;
import gov.disclosure.reports.submission.RevisionStore.Stored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.net.URI;
import java.util.UUID;

/** Answers with a stored revision: its ETag, and where the report lives. */
@ApplicationScoped
public class ReportResponses {

    private final ReportViews views;

    public ReportResponses(ReportViews views) {
        this.views = views;
    }

    public Response written(Stored stored) {
        StoredReport body = views.written(stored);
        Response.ResponseBuilder response = Response.status(status(stored.outcome())).entity(body)
                .tag(etag(stored.revision()));
        if (stored.outcome() == Outcome.CREATED) {
            response.location(location(body.report().agency().id(), body.report().year()));
        }
        return response.build();
    }

    /** The status a write answers with: 201 for a new report, 200 for a revision, a withdrawal or no change. */
    public static int status(Outcome outcome) {
        return outcome == Outcome.CREATED ? Response.Status.CREATED.getStatusCode() : Response.Status.OK.getStatusCode();
    }

    /** A revision as read, or 304 when the client's If-None-Match names it. */
    public Response read(UUID reportId, ReportRevision revision, Request request) {
        EntityTag etag = etag(revision);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(views.stored(reportId, revision)).tag(etag).build();
    }

    public static URI location(String agencyId, int year) {
        return UriBuilder.fromResource(AgencyReportsResource.class).path(AgenciesResource.REPORT).build(agencyId, year);
    }

    private static EntityTag etag(ReportRevision revision) {
        return new EntityTag(String.valueOf(revision.revision));
    }
}
