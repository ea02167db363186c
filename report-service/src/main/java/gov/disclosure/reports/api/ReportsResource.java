package gov.disclosure.reports.api;

import gov.disclosure.access.Role;
import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import gov.disclosure.report.Agency;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.texts.PublishedReports;
import gov.disclosure.reports.texts.TextReports;
import gov.disclosure.reports.published.DocumentFormat;
import gov.disclosure.reports.published.PublishedDocuments;
import gov.disclosure.reports.published.PublishedFile;
import gov.disclosure.access.CurrentCaller;
import gov.disclosure.reports.security.ReportAccess;
import gov.disclosure.reports.storage.Report;
import gov.disclosure.reports.storage.ReportFilter;
import gov.disclosure.reports.storage.ReportQueries;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.review.ReviewStatus;
import gov.disclosure.reports.submission.IfMatch;
import gov.disclosure.reports.submission.ReportIntake;
import gov.disclosure.reports.validation.ValidationResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Submit, check, find and read annual reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    static final int MAX_PAGE_SIZE = 100;

    private final ReportIntake intake;
    private final ReportQueries queries;
    private final ReportViews views;
    private final ReportResponses responses;
    private final Regions regions;
    private final ReportAccess access;
    private final CurrentCaller caller;
    private final PublishedReports published;

    public ReportsResource(ReportIntake intake, ReportQueries queries, ReportViews views, ReportResponses responses,
                           Regions regions, PublishedReports published, ReportAccess access, CurrentCaller caller) {
        this.published = published;
        this.access = access;
        this.caller = caller;
        this.intake = intake;
        this.queries = queries;
        this.views = views;
        this.responses = responses;
        this.regions = regions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a report, as canonical JSON or as its published text",
            description = "Stores revision 1 of the agency's report for the year (201). The same content again "
                    + "changes nothing (200, same revision). Different content for an existing report needs "
                    + "If-Match with its current ETag and stores the next revision (as PUT does); without it 428, "
                    + "with a stale one 412. With an Idempotency-Key, a retry gets the first answer.\n\n"
                    + "As text/plain, the report is read from the text of its published page or document "
                    + "(tab-separated, markdown, extracted from PDF, Kangxi radicals, full-width digits; the 2021 "
                    + "template, or the 2019 one mapped onto it; in the encoding its byte order mark names, else the "
                    + "Content-Type's charset (GBK read as GB18030), else UTF-8, or GB18030 where it is not UTF-8) and "
                    + "then stored exactly as JSON would be; `source` in the answer says how it was read. A report as "
                    + "published is taken as a PDF (its text layer: a scan gets 422 unreadable-document), a Word file "
                    + "(.docx, or .doc) or a saved web page (text/html): their tables are read cell by cell, the text "
                    + "goes the way of text/plain, and the file is kept as sent (…/revisions/{n}/source). An encrypted, "
                    + "damaged or truncated file gets 422 unreadable-document naming the problem. The region "
                    + "is found from the agency's name unless regionCode is given (where the name fits several "
                    + "regions, the one within the caller's region). Unless agencyId is given, a submitter acting for "
                    + "one agency submits for it, and anyone else gets an id derived from region and name. A text "
                    + "that names no agency needs agencyName. With dryRun=true (JSON or text) the answer is the report "
                    + "(as read) and the verdict a submission would get, and nothing is stored.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReport.class),
                    examples = @ExampleObject(name = "汝州市人民政府办公室 2024", ref = "ruzhou-szfb-2024")),
            @Content(mediaType = MediaType.TEXT_PLAIN,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "汝州市人民政府办公室 2024, as published", ref = "ruzhou-szfb-2024-text")),
            @Content(mediaType = DocumentFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.DOC_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Parameters({
            @Parameter(name = "agencyId", in = ParameterIn.QUERY, example = "410482-szfb",
                    description = "text/plain only: the agency's id; when absent, the submitter's one agency, "
                            + "else derived from region and name"),
            @Parameter(name = "agencyName", in = ParameterIn.QUERY, example = "汝州市人民政府办公室",
                    description = "text/plain only: the agency's name, for a text that names none (a page's body "
                            + "without its title); used instead of the name the text gives"),
            @Parameter(name = "regionCode", in = ParameterIn.QUERY, example = "410482",
                    description = "text/plain only: the agency's region; found from the agency's name (and the "
                            + "caller's region, where the name fits several) when absent"),
            @Parameter(name = "dryRun", in = ParameterIn.QUERY,
                    description = "true reads and checks the report (JSON or text), and stores nothing",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN,
                            defaultValue = "false"))})
    @APIResponse(responseCode = "201", description = "Stored as a new report",
            content = @Content(schema = @Schema(implementation = StoredReport.class)))
    @APIResponse(responseCode = "200", description = "Already stored with this content, or stored as the next "
            + "revision (StoredReport); for a dryRun, the report read and its verdict, not stored (ParsedReport)",
            content = @Content(schema = @Schema(oneOf = {StoredReport.class, ParsedReport.class})))
    @APIResponse(ref = "BadRequest", responseCode = "400")
    @APIResponse(ref = "PreconditionFailed", responseCode = "412")
    @APIResponse(ref = "PayloadTooLarge", responseCode = "413")
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    @APIResponse(ref = "PreconditionRequired", responseCode = "428")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.ADMIN})
    public Response submit(
            AnnualReport report,
            @Parameter(ref = "validation") @QueryParam("validation") String validation,
            @Parameter(ref = "If-Match") @HeaderParam("If-Match") String ifMatch,
            @Parameter(ref = "Idempotency-Key") @HeaderParam(WriteParameters.IDEMPOTENCY_KEY) String idempotencyKey,
            @QueryParam("dryRun") String dryRun) {
        var mode = WriteParameters.mode(validation);
        var key = WriteParameters.idempotencyKey(idempotencyKey);
        QueryParameters parameters = new QueryParameters();
        boolean onlyCheck = parameters.bool("dryRun", dryRun, false);
        parameters.complete();
        if (onlyCheck) {
            return Response.ok(new ParsedReport(null, report, intake.preview(report, caller.get(), mode))).build();
        }
        return responses.written(intake.submit(report, caller.get(), mode, IfMatch.parse(ifMatch), key,
                "POST /api/v1/reports " + mode, null));
    }

    /** The text/plain, PDF, Word and HTML forms of {@link #submit}, described with it. */
    @POST
    @Consumes({MediaType.TEXT_PLAIN, DocumentFormat.PDF_TYPE, DocumentFormat.DOCX_TYPE, DocumentFormat.DOC_TYPE,
            MediaType.TEXT_HTML})
    @Operation(hidden = true)
    @RolesAllowed({Role.SUBMITTER, Role.ADMIN})
    public Response submitText(
            byte[] text,
            @HeaderParam("Content-Type") String contentType,
            @QueryParam("agencyId") String agencyId,
            @QueryParam("regionCode") String regionCode,
            @QueryParam("agencyName") String agencyName,
            @QueryParam("validation") String validation,
            @QueryParam("dryRun") String dryRun,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(WriteParameters.IDEMPOTENCY_KEY) String idempotencyKey) {
        var mode = WriteParameters.mode(validation);
        var key = WriteParameters.idempotencyKey(idempotencyKey);
        QueryParameters parameters = new QueryParameters();
        boolean onlyCheck = parameters.bool("dryRun", dryRun, false);
        parameters.complete();

        WriteParameters.charset(contentType);
        PublishedReports.Reading reading = published.read(new PublishedFile(null, contentType, text),
                PublishedDocuments.Turn.WAIT_AT_MOST_MAX_READ_WAIT,
                new TextReports.Given(agencyId, agencyName, regionCode), caller.get());
        if (onlyCheck) {
            return Response.ok(new ParsedReport(reading.read().source(), reading.report(),
                    published.check(reading, caller.get(), mode))).build();
        }
        String target = "POST /api/v1/reports text/plain %s %s %s %s".formatted(mode, agencyId, regionCode, agencyName);
        return responses.written(published.submit(reading, caller.get(), mode, IfMatch.parse(ifMatch), key, target));
    }

    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a report without storing it",
            description = "The verdict a submission would get: 422 for a malformed report or, in strict mode, for "
                    + "broken rules; otherwise 200 with the violations (lenient) and warnings.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnnualReport.class),
            examples = @ExampleObject(name = "汝州市人民政府办公室 2024", ref = "ruzhou-szfb-2024")))
    @APIResponse(responseCode = "200", description = "The verdict",
            content = @Content(schema = @Schema(implementation = ValidationResult.class)))
    @APIResponse(ref = "BadRequest", responseCode = "400")
    @APIResponse(ref = "PayloadTooLarge", responseCode = "413")
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.REVIEWER, Role.ADMIN})
    public ValidationResult validate(AnnualReport report,
                                     @Parameter(ref = "validation") @QueryParam("validation") String validation) {
        return intake.check(report, caller.get(), WriteParameters.mode(validation));
    }

    @GET
    @Operation(summary = "List reports",
            description = "Reports as of their latest revision, newest year first, filtered by region (with or "
                    + "without its sub-regions), year, agency, status, whether they break a rule, where they stand "
                    + "with their reviewers and whether their agency is on the roster (rostered=false: the "
                    + "unrostered).")
    @APIResponse(responseCode = "200", description = "One page of reports",
            content = @Content(schema = @Schema(implementation = ReportPage.class)))
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.REVIEWER, Role.ADMIN})
    public ReportPage list(
            @Parameter(description = "Region code of the reports' agencies", example = "410400")
            @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Also reports of every region below regionCode", example = "true",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN,
                            defaultValue = "false"))
            @QueryParam("includeSubRegions") String includeSubRegions,
            @Parameter(description = "Year the reports are about", example = "2024") @QueryParam("year") String year,
            @Parameter(description = "Agency id", example = "410482-szfb") @QueryParam("agencyId") String agencyId,
            @Parameter(description = "PUBLISHED or WITHDRAWN",
                    schema = @Schema(implementation = ReportStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "true: only reports that break a rule; false: only those that do not",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
            @QueryParam("hasViolations") String hasViolations,
            @Parameter(description = "PENDING, ACCEPTED or RETURNED: where the current revision stands with its reviewers",
                    schema = @Schema(implementation = ReviewStatus.class)) @QueryParam("reviewStatus") String reviewStatus,
            @Parameter(description = "true: only reports of agencies on the roster; false: only of agencies not on it",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
            @QueryParam("rostered") String rostered,
            @Parameter(description = "Page number, from 0",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER,
                            defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER,
                            defaultValue = "20")) @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        ReportFilter requested = ReportListFilter.read(parameters, regions, regionCode, includeSubRegions, year,
                agencyId, status, hasViolations, reviewStatus, rostered);
        int pageNumber = parameters.integer("page", page, 0, Integer.MAX_VALUE, 0);
        int pageSize = parameters.integer("size", size, 1, MAX_PAGE_SIZE, 20);
        parameters.complete();

        var filter = access.narrow(caller.get(), requested);
        var found = queries.search(filter, pageNumber, pageSize);
        var onRoster = queries.rostered(found.reports().stream().map(report -> report.agencyId).toList());
        List<ReportSummary> items = found.reports().stream()
                .map(report -> views.summary(report, onRoster.contains(report.agencyId))).toList();
        int totalPages = (int) ((found.total() + pageSize - 1) / pageSize);
        return new ReportPage(items, pageNumber, pageSize, found.total(), totalPages);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a report by id", description = "Its latest revision.")
    @APIResponse(responseCode = "200", description = "The latest revision",
            content = @Content(schema = @Schema(implementation = StoredReport.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the latest revision")
    @APIResponse(ref = "NotFound", responseCode = "404")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.REVIEWER, Role.ADMIN})
    public Response byId(@Parameter(in = ParameterIn.PATH, description = "The report's id")
                         @PathParam("id") String id, @Context Request request) {
        Report report = access.requireRead(caller.get(), parseId(id).flatMap(queries::report).orElse(null), null,
                "report with id " + id);
        return responses.read(report.id, queries.revision(report.id, report.currentRevision).orElseThrow(), request);
    }

    private static Optional<UUID> parseId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
