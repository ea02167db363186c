package gov.disclosure.reports.api;

import gov.disclosure.access.Role;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.IndicatorValue;
import gov.disclosure.report.Indicators;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.reports.storage.Report;
import gov.disclosure.reports.storage.ReportDocuments;
import gov.disclosure.reports.storage.ReportQueries;
import gov.disclosure.table.NationalTable;
import gov.disclosure.table.TableFormat;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * One agency's report for a year as the national-format table, so that the agency can print what it submitted, and
 * its indicators. Read as the report itself is.
 */
@Path(AgenciesResource.PATH)
@Tag(name = "Agency reports")
public class ReportTablesResource {

    private final ReportQueries queries;
    private final ReportDocuments documents;
    private final ReadableReports readable;

    public ReportTablesResource(ReportQueries queries, ReportDocuments documents, ReadableReports readable) {
        this.queries = queries;
        this.documents = documents;
        this.readable = readable;
    }

    @GET
    @Path(AgenciesResource.REPORT + "/table")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The report as the national-format table",
            description = "Sections 二, 三 and 四 of its latest revision laid out as 国办公开办函〔2021〕30号 prints them: "
                    + "HTML, CSV (UTF-8 with a byte order mark), XLSX or Markdown, by `format` (html, csv, xlsx, "
                    + "markdown) or else by Accept; HTML when neither asks. Read as the report itself is.")
    @APIResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = "text/html"), @Content(mediaType = "text/csv"),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            @Content(mediaType = "text/markdown")})
    @APIResponse(ref = "NotFound", responseCode = "404")
    @APIResponse(ref = "NotAcceptable", responseCode = "406")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.REVIEWER, Role.ADMIN})
    public Response table(@Parameter(ref = "agencyId") @PathParam("agencyId") String agencyId,
                          @Parameter(ref = "year") @PathParam("year") int year,
                          @Parameter(ref = "format") @QueryParam("format") String format,
                          @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Report report = readable.of(agencyId, year);
        TableFormat chosen = TableFormat.choose(format, accept);
        AnnualReport content = documents.report(queries.revision(report.id, report.currentRevision).orElseThrow().document);
        String title = "%s %d年政府信息公开工作年度报告%s".formatted(report.agencyName, report.year,
                report.status == ReportStatus.WITHDRAWN ? "（已撤回）" : "");
        return chosen.response(NationalTable.of(title, ReportNumbers.flatten(content)),
                "report-%s-%d".formatted(report.agencyId, report.year));
    }

    @GET
    @Path(AgenciesResource.REPORT + "/indicators")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The report's indicators",
            description = "Every indicator of the catalogue (the aggregation service's GET /api/v1/indicators) "
                    + "computed on the report's latest revision, each with its numerator and denominator (null when "
                    + "the denominator is 0) and its value in the agency's published report of the year before.")
    @APIResponse(responseCode = "200", description = "The indicators",
            content = @Content(schema = @Schema(implementation = IndicatorValue.class,
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(ref = "NotFound", responseCode = "404")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.REVIEWER, Role.ADMIN})
    public List<IndicatorValue> indicators(@Parameter(ref = "agencyId") @PathParam("agencyId") String agencyId,
                                           @Parameter(ref = "year") @PathParam("year") int year) {
        Report report = readable.of(agencyId, year);
        AnnualReport content = documents.report(queries.revision(report.id, report.currentRevision).orElseThrow().document);
        var yearBefore = queries.latestPublished(report.agencyId, report.year - 1).map(ReportNumbers::flatten).orElse(null);
        return Indicators.values(ReportNumbers.flatten(content), yearBefore);
    }

}
