package gov.disclosure.rollups;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The aggregation service's API: its description and the parts its operations share. */
@OpenAPIDefinition(
        info = @Info(title = "Aggregation service", version = "1",
                description = "Rollups of the annual disclosure reports (政府信息公开工作年度报告) for every county, city, "
                        + "province and the country, per year, kept from the report-published events. The report, its "
                        + "template, its canonical JSON and its arithmetic are explained in docs/annual-report.md of "
                        + "the repository."),
        components = @Components(
                parameters = {
                        @Parameter(name = "regionCode", in = ParameterIn.PATH, required = true,
                                description = "GB/T 2260 code of a county, city or province; 000000 for the country",
                                example = "410400"),
                        @Parameter(name = "year", in = ParameterIn.PATH, required = true,
                                description = "The year the reports are about", example = "2024"),
                        @Parameter(name = "scope", in = ParameterIn.QUERY,
                                description = "own: the region's own agencies (本级); all: its whole territory (全域)",
                                schema = @Schema(enumeration = {"own", "all"}, defaultValue = "all")),
                        @Parameter(name = "format", in = ParameterIn.QUERY,
                                description = "The table's format, instead of Accept: html (text/html), csv "
                                        + "(text/csv), xlsx (application/vnd.openxmlformats-officedocument."
                                        + "spreadsheetml.sheet) or markdown (text/markdown); HTML when neither asks",
                                schema = @Schema(enumeration = {"html", "csv", "xlsx", "markdown"})),
                        @Parameter(name = "asOf", in = ParameterIn.QUERY,
                                description = "The day to count as of (YYYY-MM-DD, China's calendar); today when absent",
                                example = "2025-02-15", schema = @Schema(type =
                                org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date")),
                        @Parameter(name = "basis", in = ParameterIn.QUERY,
                                description = "received: every report received; accepted: only reports whose latest "
                                        + "revision a reviewer accepted",
                                schema = @Schema(enumeration = {"received", "accepted"}, defaultValue = "received")),
                        @Parameter(name = "excludeViolations", in = ParameterIn.QUERY,
                                description = "true: leave out the reports that break an arithmetic rule of the "
                                        + "template, so that the sums add up",
                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN,
                                        defaultValue = "false"))
                },
                responses = {
                        @APIResponse(name = "InvalidParameter", responseCode = "400",
                                description = "A parameter is not acceptable (/problems/invalid-parameter)",
                                content = @Content(mediaType = "application/problem+json")),
                        @APIResponse(name = "Unauthorized", responseCode = "401",
                                description = "No bearer token, or one that is expired, not signed by the issuer's "
                                        + "key, or of another issuer (/problems/unauthorized)",
                                content = @Content(mediaType = "application/problem+json")),
                        @APIResponse(name = "Forbidden", responseCode = "403",
                                description = "The token's role does not allow this, or the region is outside a "
                                        + "reviewer's reach (/problems/forbidden)",
                                content = @Content(mediaType = "application/problem+json")),
                        @APIResponse(name = "UnknownRegion", responseCode = "404",
                                description = "No such region in the region table (/problems/not-found)",
                                content = @Content(mediaType = "application/problem+json")),
                        @APIResponse(name = "NotAcceptable", responseCode = "406",
                                description = "None of the media types Accept asks for is available "
                                        + "(/problems/not-acceptable)",
                                content = @Content(mediaType = "application/problem+json")),
                        @APIResponse(name = "ServiceUnavailable", responseCode = "503",
                                description = "The service is busy (more requests, or more bytes of request bodies, in flight than it takes at once) or its "
                                        + "database is unreachable (/problems/service-unavailable); send the request "
                                        + "again after Retry-After seconds",
                                headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(
                                        name = "Retry-After", description = "Seconds to wait",
                                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
                                content = @Content(mediaType = "application/problem+json"))
                }))
public class AggregationServiceApplication extends Application {
}
