package gov.disclosure.reports.api;

import gov.disclosure.access.Role;
import gov.disclosure.region.Regions;
import gov.disclosure.reports.exports.ExportFormat;
import gov.disclosure.reports.exports.ReportExport;
import gov.disclosure.access.CurrentCaller;
import gov.disclosure.reports.security.ReportAccess;
import gov.disclosure.reports.storage.ReportFilter;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.review.ReviewStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/** Every report the list's filters find, in one streamed file. */
@Path("/api/v1/reports/export")
@Tag(name = "Reports")
public class ReportExportResource {

    private final ReportExport export;
    private final Regions regions;
    private final ReportAccess access;
    private final CurrentCaller caller;

    public ReportExportResource(ReportExport export, Regions regions, ReportAccess access, CurrentCaller caller) {
        this.export = export;
        this.regions = regions;
        this.access = access;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Export reports",
            description = "Every report the list (GET /api/v1/reports) finds with the same filters and the same "
                    + "reach, in the list's order, streamed as it is read: CSV (text/csv, UTF-8 with a byte order "
                    + "mark; one row per report: agencyId, agencyName, regionCode, year, revision, status, "
                    + "reviewStatus, violationCount, warningCount, then every number by its flat name; labels=zh "
                    + "adds a second header row of Chinese labels) or NDJSON (application/x-ndjson; one canonical "
                    + "report JSON per line), by `format` or else by Accept; CSV when neither asks.")
    @APIResponse(responseCode = "200", description = "The reports", content = {
            @Content(mediaType = "text/csv"), @Content(mediaType = "application/x-ndjson")})
    @APIResponse(ref = "NotAcceptable", responseCode = "406")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.REVIEWER, Role.ADMIN})
    public Response export(
            @Parameter(description = "Region code of the reports' agencies", example = "410400")
            @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Also reports of every region below regionCode",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("includeSubRegions") String includeSubRegions,
            @Parameter(description = "Year the reports are about", example = "2024") @QueryParam("year") String year,
            @Parameter(description = "Agency id", example = "410482-szfb") @QueryParam("agencyId") String agencyId,
            @Parameter(description = "PUBLISHED or WITHDRAWN", schema = @Schema(implementation = ReportStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "true: only reports that break a rule; false: only those that do not",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("hasViolations") String hasViolations,
            @Parameter(description = "PENDING, ACCEPTED or RETURNED", schema = @Schema(implementation = ReviewStatus.class))
            @QueryParam("reviewStatus") String reviewStatus,
            @Parameter(description = "true: only agencies on the roster; false: only those not on it",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("rostered") String rostered,
            @Parameter(description = "csv or ndjson, instead of Accept",
                    schema = @Schema(enumeration = {"csv", "ndjson"})) @QueryParam("format") String format,
            @Parameter(description = "zh: a second CSV header row with the columns' Chinese labels",
                    schema = @Schema(enumeration = {"zh"})) @QueryParam("labels") String labels,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        QueryParameters parameters = new QueryParameters();
        ReportFilter requested = ReportListFilter.read(parameters, regions, regionCode, includeSubRegions, year,
                agencyId, status, hasViolations, reviewStatus, rostered);
        boolean chinese = parameters.checked("labels", labels,
                value -> value.toLowerCase(Locale.ROOT).equals("zh") ? Boolean.TRUE : null, "must be zh") != null;
        parameters.complete();
        ExportFormat chosen = ExportFormat.choose(format, accept);
        ReportFilter filter = access.narrow(caller.get(), requested);
        StreamingOutput body = out -> export.write(filter, chosen, chinese, out);
        return Response.ok(body, chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"reports." + chosen.extension() + "\"")
                .header("Vary", "Accept")
                .build();
    }
}
