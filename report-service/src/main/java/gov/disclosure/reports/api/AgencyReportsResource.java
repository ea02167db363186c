package gov.disclosure.reports.api;

import gov.disclosure.report.Agency;
import gov.disclosure.access.Role;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.history.RevisionDiff;
import gov.disclosure.reports.review.ReviewDecisions;
import gov.disclosure.reports.review.ReviewRecord;
import gov.disclosure.reports.review.ReviewRequest;
import gov.disclosure.access.CurrentCaller;
import gov.disclosure.reports.security.ReportAccess;
import gov.disclosure.reports.storage.Report;
import gov.disclosure.reports.storage.ReportDocuments;
import gov.disclosure.reports.storage.ReportQueries;
import gov.disclosure.reports.storage.ReportRevision;
import gov.disclosure.reports.submission.IfMatch;
import gov.disclosure.reports.submission.ReportIntake;
import gov.disclosure.reports.storage.ReportNotFoundException;
import gov.disclosure.reports.submission.RevisionStore;
import gov.disclosure.reports.validation.FieldError;
import gov.disclosure.reports.validation.InvalidReportException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import gov.disclosure.reports.published.DocumentFormat;
import gov.disclosure.reports.storage.RevisionOriginal;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/** One agency's report for one year: the resource that revisions and withdrawals change. */
@Path(AgenciesResource.PATH)
@Tag(name = "Agency reports", description = "One agency's report for one year, its revisions and its withdrawal")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyReportsResource {

    private final ReportIntake intake;
    private final RevisionStore submissions;
    private final ReportQueries queries;
    private final ReportViews views;
    private final ReportResponses responses;
    private final ReportAccess access;
    private final CurrentCaller caller;
    private final ReviewDecisions reviews;
    private final ReportDocuments documents;
    private final ReadableReports readable;

    public AgencyReportsResource(ReportIntake intake, RevisionStore submissions, ReportQueries queries,
                                 ReportViews views, ReportResponses responses, ReportAccess access, CurrentCaller caller,
                                 ReviewDecisions reviews, ReportDocuments documents, ReadableReports readable) {
        this.reviews = reviews;
        this.readable = readable;
        this.documents = documents;
        this.access = access;
        this.caller = caller;
        this.intake = intake;
        this.submissions = submissions;
        this.queries = queries;
        this.views = views;
        this.responses = responses;
    }

    @GET
    @Path(AgenciesResource.REPORT)
    @Operation(summary = "Read the report", description = "Its latest revision, which may be a withdrawal.")
    @APIResponse(responseCode = "200", description = "The latest revision",
            content = @Content(schema = @Schema(implementation = StoredReport.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the latest revision")
    @APIResponse(ref = "NotFound", responseCode = "404")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.REVIEWER, Role.ADMIN})
    public Response latest(@Parameter(ref = "agencyId") @PathParam("agencyId") String agencyId,
                           @Parameter(ref = "year") @PathParam("year") int year, @Context Request request) {
        Report report = readable.of(agencyId, year);
        return responses.read(report.id, queries.revision(report.id, report.currentRevision).orElseThrow(), request);
    }

    @PUT
    @Path(AgenciesResource.REPORT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise the report",
            description = "Stores the next revision; needs If-Match with the current ETag. Creates the report "
                    + "(201) when it does not exist yet. The same content again changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnnualReport.class),
            examples = @ExampleObject(name = "汝州市人民政府办公室 2024", ref = "ruzhou-szfb-2024")))
    @APIResponse(responseCode = "200", description = "Stored as the next revision, or already this content",
            content = @Content(schema = @Schema(implementation = StoredReport.class)))
    @APIResponse(responseCode = "201", description = "Stored as a new report",
            content = @Content(schema = @Schema(implementation = StoredReport.class)))
    @APIResponse(ref = "BadRequest", responseCode = "400")
    @APIResponse(ref = "PreconditionFailed", responseCode = "412")
    @APIResponse(ref = "PayloadTooLarge", responseCode = "413")
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    @APIResponse(ref = "PreconditionRequired", responseCode = "428")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.ADMIN})
    public Response revise(@Parameter(ref = "agencyId") @PathParam("agencyId") String agencyId,
                           @Parameter(ref = "year") @PathParam("year") int year,
                           AnnualReport report,
                           @Parameter(ref = "validation") @QueryParam("validation") String validation,
                           @Parameter(ref = "If-Match") @HeaderParam("If-Match") String ifMatch,
                           @Parameter(ref = "Idempotency-Key")
                           @HeaderParam(WriteParameters.IDEMPOTENCY_KEY) String idempotencyKey,
                           @Parameter(ref = "X-Change-Reason")
                           @HeaderParam(WriteParameters.CHANGE_REASON) String changeReason) {
        var mode = WriteParameters.mode(validation);
        var key = WriteParameters.idempotencyKey(idempotencyKey);
        var reason = WriteParameters.changeReason(changeReason);
        requireSameReport(agencyId, year, report);
        String target = "PUT " + ReportResponses.location(agencyId, year) + " " + mode;
        return responses.written(intake.submit(report, caller.get(), mode, IfMatch.parse(ifMatch), key, target, null,
                reason));
    }

    @DELETE
    @Path(AgenciesResource.REPORT)
    @Operation(summary = "Withdraw the report",
            description = "Records a withdrawn revision; needs If-Match with the current ETag. The report stays "
                    + "readable with status WITHDRAWN. Withdrawing a withdrawn report changes nothing.")
    @APIResponse(responseCode = "200", description = "The withdrawn revision",
            content = @Content(schema = @Schema(implementation = StoredReport.class)))
    @APIResponse(ref = "NotFound", responseCode = "404")
    @APIResponse(ref = "PreconditionFailed", responseCode = "412")
    @APIResponse(ref = "PreconditionRequired", responseCode = "428")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.ADMIN})
    public Response withdraw(@Parameter(ref = "agencyId") @PathParam("agencyId") String agencyId,
                             @Parameter(ref = "year") @PathParam("year") int year,
                             @Parameter(ref = "If-Match") @HeaderParam("If-Match") String ifMatch,
                             @Parameter(ref = "X-Change-Reason")
                             @HeaderParam(WriteParameters.CHANGE_REASON) String changeReason) {
        var reason = WriteParameters.changeReason(changeReason);
        access.requireWrite(caller.get(), agencyId, null);
        if (!Agency.isId(agencyId)) {
            throw new ReportNotFoundException("no report of agency %s for %d".formatted(agencyId, year));
        }
        return responses.written(submissions.withdraw(agencyId, year, IfMatch.parse(ifMatch), caller.get(), reason));
    }

    @GET
    @Path(AgenciesResource.REPORT + "/revisions")
    @Operation(summary = "List the report's revisions", description = "Every revision ever stored, oldest first.")
    @APIResponse(responseCode = "200", description = "The revision history",
            content = @Content(schema = @Schema(implementation = RevisionSummary.class,
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(ref = "NotFound", responseCode = "404")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.REVIEWER, Role.ADMIN})
    public List<RevisionSummary> revisions(@Parameter(ref = "agencyId") @PathParam("agencyId") String agencyId,
                                           @Parameter(ref = "year") @PathParam("year") int year) {
        return queries.history(readable.of(agencyId, year).id).stream().map(views::summary).toList();
    }

    @GET
    @Path(AgenciesResource.REPORT + "/revisions/{revision}")
    @Operation(summary = "Read one revision", description = "Exactly as it was stored; revisions never change.")
    @APIResponse(responseCode = "200", description = "The revision",
            content = @Content(schema = @Schema(implementation = StoredReport.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names this revision")
    @APIResponse(ref = "NotFound", responseCode = "404")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.REVIEWER, Role.ADMIN})
    public Response revision(@Parameter(ref = "agencyId") @PathParam("agencyId") String agencyId,
                             @Parameter(ref = "year") @PathParam("year") int year,
                             @Parameter(description = "Revision number, from 1") @PathParam("revision") int revision,
                             @Context Request request) {
        Report report = readable.of(agencyId, year);
        var found = queries.revision(report.id, revision).orElseThrow(() -> new ReportNotFoundException(
                "the report of agency %s for %d has no revision %d".formatted(agencyId, year, revision)));
        return responses.read(report.id, found, request);
    }

    @GET
    @Path(AgenciesResource.REPORT + "/revisions/{from}/diff/{to}")
    @Operation(summary = "Compare two revisions",
            description = "Every value of the canonical report that differs from revision `from` to revision `to`, "
                    + "by JSON pointer, with the template's section, row and column for the numbers; and the status "
                    + "where it changed (a withdrawal).")
    @APIResponse(responseCode = "200", description = "What changed",
            content = @Content(schema = @Schema(implementation = RevisionDiff.class)))
    @APIResponse(ref = "NotFound", responseCode = "404")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.REVIEWER, Role.ADMIN})
    public RevisionDiff diff(@Parameter(ref = "agencyId") @PathParam("agencyId") String agencyId,
                             @Parameter(ref = "year") @PathParam("year") int year,
                             @Parameter(description = "The earlier revision, from 1") @PathParam("from") int from,
                             @Parameter(description = "The later revision, from 1") @PathParam("to") int to) {
        Report report = readable.of(agencyId, year);
        ReportRevision before = revision(report, from);
        ReportRevision after = revision(report, to);
        return RevisionDiff.between(from, before.status.name(), documents.tree(before.document),
                to, after.status.name(), documents.tree(after.document));
    }

    private ReportRevision revision(Report report, int revision) {
        return queries.revision(report.id, revision).orElseThrow(() -> new ReportNotFoundException(
                "the report of agency %s for %d has no revision %d".formatted(report.agencyId, report.year, revision)));
    }

    @GET
    @Path(AgenciesResource.REPORT + "/revisions/{revision}/source")
    @Produces({MediaType.TEXT_PLAIN + ";charset=UTF-8", DocumentFormat.PDF_TYPE, DocumentFormat.DOCX_TYPE,
            DocumentFormat.DOC_TYPE, MediaType.TEXT_HTML, MediaType.WILDCARD})
    @Operation(summary = "Read what a revision was read from",
            description = "For a revision submitted as a PDF, Word file or web page: the file, byte for byte, with "
                    + "the Content-Type it came with. For one submitted as text: the text (UTF-8).")
    @APIResponse(responseCode = "200", description = "The published document or text", content = {
            @Content(mediaType = MediaType.TEXT_PLAIN),
            @Content(mediaType = DocumentFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.DOC_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(ref = "NotFound", responseCode = "404")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.REVIEWER, Role.ADMIN})
    public Response source(@Parameter(ref = "agencyId") @PathParam("agencyId") String agencyId,
                           @Parameter(ref = "year") @PathParam("year") int year,
                           @Parameter(description = "Revision number, from 1") @PathParam("revision") int revision) {
        Report report = readable.of(agencyId, year);
        ReportNotFoundException none = new ReportNotFoundException(
                "the report of agency %s for %d has no revision %d submitted as text or document"
                        .formatted(agencyId, year, revision));
        var found = queries.revision(report.id, revision).filter(stored -> stored.sourceText != null)
                .orElseThrow(() -> none);
        return RevisionOriginal.of(found.id)
                .map(original -> Response.ok(original.content, original.mediaType))
                .orElseGet(() -> Response.ok(found.sourceText, MediaType.TEXT_PLAIN + ";charset=UTF-8"))
                .build();
    }

    @POST
    @Path(AgenciesResource.REPORT + "/revisions/{revision}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide on a revision",
            description = "A reviewer of the report's region (or above) accepts the revision or returns it with "
                    + "comments. Every decision is kept, with who made it and when, and published as a "
                    + "review-decided event; the latest decision on a revision is where it stands. A new revision "
                    + "of the report is PENDING again.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReviewRequest.class),
            examples = @ExampleObject(name = "returned", value = "{\"decision\": \"RETURNED\", \"comments\": "
                    + "[{\"pointer\": \"/applications/outcomes/total/naturalPerson\", \"text\": "
                    + "\"总计与各项之和不符，请核对\"}]}")))
    @APIResponse(responseCode = "201", description = "The decision, as kept",
            content = @Content(schema = @Schema(implementation = ReviewRecord.class)))
    @APIResponse(ref = "BadRequest", responseCode = "400")
    @APIResponse(ref = "NotFound", responseCode = "404")
    @APIResponse(ref = "Conflict", responseCode = "409")
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    @RolesAllowed({Role.REVIEWER, Role.ADMIN})
    public Response review(@Parameter(ref = "agencyId") @PathParam("agencyId") String agencyId,
                           @Parameter(ref = "year") @PathParam("year") int year,
                           @Parameter(description = "Revision number, from 1") @PathParam("revision") int revision,
                           ReviewRequest decision) {
        return Response.status(Response.Status.CREATED)
                .entity(reviews.decide(agencyId, year, revision, decision, caller.get())).build();
    }

    @GET
    @Path(AgenciesResource.REPORT + "/reviews")
    @Operation(summary = "List the decisions on the report",
            description = "Every reviewer's decision on any of its revisions, oldest first, with who and when.")
    @APIResponse(responseCode = "200", description = "The decisions",
            content = @Content(schema = @Schema(implementation = ReviewRecord.class,
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(ref = "NotFound", responseCode = "404")
    @RolesAllowed({Role.SUBMITTER, Role.REVIEWER, Role.ADMIN})
    public List<ReviewRecord> reviews(@Parameter(ref = "agencyId") @PathParam("agencyId") String agencyId,
                                      @Parameter(ref = "year") @PathParam("year") int year) {
        return reviews.history(readable.of(agencyId, year));
    }

    /** The report, if the caller reaches it (see {@link ReportAccess}). */


    private static void requireSameReport(String agencyId, int year, AnnualReport report) {
        List<FieldError> errors = new ArrayList<>();
        if (report.agency() != null && !agencyId.equals(report.agency().id())) {
            errors.add(new FieldError("/agency/id", "must be the agency of the URL, " + agencyId));
        }
        if (report.year() != null && report.year() != year) {
            errors.add(new FieldError("/year", "must be the year of the URL, " + year));
        }
        if (!errors.isEmpty()) {
            throw new InvalidReportException(errors);
        }
    }
}
