package gov.disclosure.rollups.api;

import gov.disclosure.access.CurrentCaller;
import gov.disclosure.access.Caller;
import gov.disclosure.access.Role;
import gov.disclosure.region.Region;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.Indicator;
import gov.disclosure.report.Indicators;
import gov.disclosure.rollups.domain.Basis;
import gov.disclosure.rollups.domain.Variant;
import gov.disclosure.rollups.domain.Scope;
import jakarta.annotation.security.RolesAllowed;
import gov.disclosure.table.NationalTable;
import gov.disclosure.table.TableFormat;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/rollups")
@Tag(name = "Rollups", description = "Sums of the reports by region, year and scope, for dashboards")
@Produces(MediaType.APPLICATION_JSON)
public class RollupsResource {

    static final int LAST_YEAR = 9999;
    /**
     * A public figure that changes as reports arrive: any cache may keep it, but must ask again before each use
     * (with the ETag: a 304 is cheap), and a shared cache asks with each caller's own token.
     */
    static final String ROLLUP_CACHING = "public, no-cache";
    private static final int MAX_SERIES_YEARS = 100;

    private final RollupQueries queries;
    private final RollupAccess access;
    private final CurrentCaller caller;

    public RollupsResource(RollupQueries queries, RollupAccess access, CurrentCaller caller) {
        this.queries = queries;
        this.access = access;
        this.caller = caller;
    }

    @GET
    @Path("/{regionCode}/{year}")
    @Operation(summary = "A region's rollup for a year",
            description = "Every number of the reports summed, in the canonical report shape. A region no report "
                    + "is in has zeros and reportCount 0. The answer has a strong ETag and must be revalidated "
                    + "before each use (Cache-Control: no-cache): a dashboard that polls sends If-None-Match and "
                    + "is answered 304 while the rollup is unchanged.")
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER,
            description = "The ETag of an earlier answer: 304, without a body, while the rollup is unchanged",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The rollup",
            content = @Content(schema = @Schema(implementation = RollupView.class)),
            headers = {@Header(name = HttpHeaders.ETAG, description = "Changes whenever the answer would",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = ROLLUP_CACHING,
                            schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Unchanged since the answer whose ETag If-None-Match names")
    @APIResponse(ref = "UnknownRegion", responseCode = "404")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.VIEWER, Role.REVIEWER, Role.ADMIN})
    public Response rollup(@Parameter(ref = "regionCode") @PathParam("regionCode") String regionCode,
                           @Parameter(ref = "year") @PathParam("year") int year,
                           @Parameter(ref = "scope") @QueryParam("scope") String scope,
                           @Parameter(ref = "basis") @QueryParam("basis") String basis,
                           @Parameter(ref = "excludeViolations") @QueryParam("excludeViolations") String excludeViolations,
                           @Context Request request) {
        CurrentRollup current = queries.current(region(regionCode), year(year), which(scope, basis, excludeViolations));
        EntityTag tag = current.tag();
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : Response.ok(current.view()).tag(tag))
                .header(HttpHeaders.CACHE_CONTROL, ROLLUP_CACHING).build();
    }

    @GET
    @Path("/{regionCode}/{year}/children")
    @Operation(summary = "The rollups of a region's direct sub-regions",
            description = "For drilling down; in region code order, or ranked by an indicator (`indicator`, see "
                    + "GET /api/v1/indicators): each child then carries the indicator's value, children whose value "
                    + "is null (denominator 0) last.")
    @APIResponse(responseCode = "200", description = "One rollup per direct sub-region (none for a county)",
            content = @Content(schema = @Schema(implementation = RollupView.class, type = SchemaType.ARRAY)))
    @APIResponse(ref = "UnknownRegion", responseCode = "404")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.VIEWER, Role.REVIEWER, Role.ADMIN})
    public List<RollupView> children(@Parameter(ref = "regionCode") @PathParam("regionCode") String regionCode,
                                     @Parameter(ref = "year") @PathParam("year") int year,
                                     @Parameter(ref = "scope") @QueryParam("scope") String scope,
                                     @Parameter(ref = "basis") @QueryParam("basis") String basis,
                                     @Parameter(ref = "excludeViolations") @QueryParam("excludeViolations")
                                     String excludeViolations,
                                     @Parameter(description = "Rank the children by this indicator's id",
                                             example = "disclosureRate") @QueryParam("indicator") String indicator,
                                     @Parameter(description = "desc (the default) or asc; only with indicator",
                                             schema = @Schema(enumeration = {"desc", "asc"}))
                                     @QueryParam("sort") String sort) {
        Region parent = region(regionCode);
        Variant sums = which(scope, basis, excludeViolations);
        if (indicator == null || indicator.isBlank()) {
            if (sort != null && !sort.isBlank()) {
                throw RollupProblems.invalidParameter("sort", "needs indicator: the id of the indicator to rank by");
            }
            return queries.children(parent, year(year), sums);
        }
        Indicator rankedBy = Indicators.find(indicator.trim()).orElseThrow(() -> RollupProblems.invalidParameter(
                "indicator", "must be one of " + Indicators.CATALOGUE.stream().map(Indicator::id).toList()));
        return queries.ranked(parent, year(year), sums, rankedBy, descending(sort));
    }

    @GET
    @Path("/{regionCode}/{year}/table")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A region's rollup as the national-format table",
            description = "Sections 二, 三 and 四 laid out as 国办公开办函〔2021〕30号 prints them, every number the "
                    + "rollup's (GET /api/v1/rollups/{regionCode}/{year} with the same parameters): HTML, CSV "
                    + "(UTF-8 with a byte order mark), XLSX or Markdown, by `format` or else by Accept.")
    @APIResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = "text/html"), @Content(mediaType = "text/csv"),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            @Content(mediaType = "text/markdown")})
    @APIResponse(ref = "UnknownRegion", responseCode = "404")
    @APIResponse(ref = "NotAcceptable", responseCode = "406")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.VIEWER, Role.REVIEWER, Role.ADMIN})
    public Response table(@Parameter(ref = "regionCode") @PathParam("regionCode") String regionCode,
                          @Parameter(ref = "year") @PathParam("year") int year,
                          @Parameter(ref = "scope") @QueryParam("scope") String scope,
                          @Parameter(ref = "basis") @QueryParam("basis") String basis,
                          @Parameter(ref = "excludeViolations") @QueryParam("excludeViolations") String excludeViolations,
                          @Parameter(ref = "format") @QueryParam("format") String format,
                          @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Region region = region(regionCode);
        Variant sums = which(scope, basis, excludeViolations);
        int checkedYear = year(year);
        TableFormat chosen = TableFormat.choose(format, accept);
        String title = "%s %d年度政府信息公开工作年度报告 %s".formatted(region.name(), checkedYear,
                sums.scope() == Scope.OWN ? "本级" : "汇总（全域）");
        String name = "rollup-%s-%d-%s".formatted(region.code(), checkedYear, sums.scope().name().toLowerCase());
        return chosen.response(NationalTable.of(title, queries.numbers(region, checkedYear, sums)), name);
    }

    @GET
    @Path("/{regionCode}/{year}/indicators")
    @Operation(summary = "A region's indicators for a year",
            description = "Every indicator of the catalogue (GET /api/v1/indicators) computed on the rollup, with "
                    + "its numerator and denominator, and its value the year before. A value is null when its "
                    + "denominator is 0.")
    @APIResponse(responseCode = "200", description = "The indicators",
            content = @Content(schema = @Schema(implementation = RollupIndicators.class)))
    @APIResponse(ref = "UnknownRegion", responseCode = "404")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.VIEWER, Role.REVIEWER, Role.ADMIN})
    public RollupIndicators indicators(@Parameter(ref = "regionCode") @PathParam("regionCode") String regionCode,
                                       @Parameter(ref = "year") @PathParam("year") int year,
                                       @Parameter(ref = "scope") @QueryParam("scope") String scope,
                                       @Parameter(ref = "basis") @QueryParam("basis") String basis,
                                       @Parameter(ref = "excludeViolations") @QueryParam("excludeViolations")
                                       String excludeViolations) {
        return queries.indicators(region(regionCode), year(year), which(scope, basis, excludeViolations));
    }

    @GET
    @Path("/{regionCode}")
    @Operation(summary = "A region's rollups year by year",
            description = "One entry per year from `from` to `to`; without them, from the first to the last year "
                    + "any report of the region is about (none: an empty list).")
    @APIResponse(responseCode = "200", description = "The time series",
            content = @Content(schema = @Schema(implementation = RollupView.class, type = SchemaType.ARRAY)))
    @APIResponse(ref = "UnknownRegion", responseCode = "404")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.VIEWER, Role.REVIEWER, Role.ADMIN})
    public List<RollupView> series(@Parameter(ref = "regionCode") @PathParam("regionCode") String regionCode,
                                   @Parameter(description = "First year", example = "2019") @QueryParam("from") Integer from,
                                   @Parameter(description = "Last year", example = "2024") @QueryParam("to") Integer to,
                                   @Parameter(ref = "scope") @QueryParam("scope") String scope,
                                   @Parameter(ref = "basis") @QueryParam("basis") String basis,
                                   @Parameter(ref = "excludeViolations") @QueryParam("excludeViolations")
                                   String excludeViolations) {
        Region region = region(regionCode);
        Variant sums = which(scope, basis, excludeViolations);
        List<Integer> withReports = queries.yearsWithReports(region, sums.scope());
        if (from == null && to == null && withReports.isEmpty()) {
            return List.of();
        }
        int first = from != null ? year(from, "from") : withReports.isEmpty() ? to : withReports.get(0);
        int last = to != null ? year(to, "to") : withReports.isEmpty() ? first : withReports.get(1);
        if (first > last || last - first >= MAX_SERIES_YEARS) {
            throw RollupProblems.invalidParameter("to", "must be from `from` to %d years after it".formatted(MAX_SERIES_YEARS - 1));
        }
        return queries.series(region, first, last, sums);
    }

    @GET
    @Path("/{regionCode}/{year}/reports")
    @Operation(summary = "The reports in a rollup", description = "Which agencies' revisions the sums hold.")
    @APIResponse(responseCode = "200", description = "One page of the reports, by region and agency",
            content = @Content(schema = @Schema(implementation = RollupReportPage.class)))
    @APIResponse(ref = "UnknownRegion", responseCode = "404")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.VIEWER, Role.REVIEWER, Role.ADMIN})
    public RollupReportPage reports(@Parameter(ref = "regionCode") @PathParam("regionCode") String regionCode,
                                    @Parameter(ref = "year") @PathParam("year") int year,
                                    @Parameter(ref = "scope") @QueryParam("scope") String scope,
                                    @Parameter(ref = "basis") @QueryParam("basis") String basis,
                                    @Parameter(ref = "excludeViolations") @QueryParam("excludeViolations")
                                    String excludeViolations,
                                    @Parameter(description = "Page number, from 0", example = "0")
                                    @QueryParam("page") String page,
                                    @Parameter(description = "Page size, 1 to " + RollupReportPage.MAX_SIZE,
                                            example = "20") @QueryParam("size") String size) {
        return queries.reports(region(regionCode), year(year), which(scope, basis, excludeViolations),
                whole("page", page, 0, Integer.MAX_VALUE, 0), whole("size", size, 1, RollupReportPage.MAX_SIZE, 20));
    }

    private static int whole(String parameter, String value, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw RollupProblems.invalidParameter(parameter, "must be a whole number from %d to %d".formatted(min, max));
    }

    private Region region(String code) {
        return access.region(code, caller.get());
    }

    static int year(int year) {
        return year(year, "year");
    }

    private static int year(int year, String parameter) {
        if (year < AnnualReport.FIRST_YEAR || year > LAST_YEAR) {
            throw RollupProblems.invalidParameter(parameter, "must be from %d to %d".formatted(AnnualReport.FIRST_YEAR, LAST_YEAR));
        }
        return year;
    }

    static Scope scope(String scope) {
        return Scope.parse(scope).orElseThrow(() -> RollupProblems.invalidParameter("scope", "must be own or all"));
    }

    private static boolean descending(String sort) {
        return switch (sort == null ? "" : sort.trim().toLowerCase()) {
            case "", "desc" -> true;
            case "asc" -> false;
            default -> throw RollupProblems.invalidParameter("sort", "must be desc or asc");
        };
    }

    /** Which rollups: the scope, the basis, and whether reports that break a rule are left out. */
    static Variant which(String scope, String basis, String excludeViolations) {
        Basis reports = Basis.parse(basis)
                .orElseThrow(() -> RollupProblems.invalidParameter("basis", "must be received or accepted"));
        boolean excluded = switch (excludeViolations == null ? "false" : excludeViolations.trim().toLowerCase()) {
            case "", "false" -> false;
            case "true" -> true;
            default -> throw RollupProblems.invalidParameter("excludeViolations", "must be true or false");
        };
        return new Variant(scope(scope), reports, excluded);
    }
}
