package gov.disclosure.rollups.api;

import gov.disclosure.access.CurrentCaller;
import gov.disclosure.access.Caller;
import gov.disclosure.access.Role;
import gov.disclosure.region.Region;
import gov.disclosure.rollups.completeness.CompletenessQueries;
import gov.disclosure.rollups.domain.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The desk of a region's 政务公开 office: who must report, who has, who is late, who is missing. */
@Path("/api/v1/completeness")
@Tag(name = "Completeness", description = "Who must report, who has (on time or late) and who is missing")
public class CompletenessResource {

    static final String CSV = "text/csv";

    private final CompletenessQueries queries;
    private final RollupAccess access;
    private final CurrentCaller caller;

    public CompletenessResource(CompletenessQueries queries, RollupAccess access, CurrentCaller caller) {
        this.queries = queries;
        this.access = access;
        this.caller = caller;
    }

    @GET
    @Path("/{regionCode}/{year}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Who in a region has reported on a year",
            description = "Expected (the roster's agencies that existed at the year's end, and any other of the roster "
                    + "that reported), received on time or late by their deadline, missing (a withdrawn report is "
                    + "missing again), and reports of agencies not on the roster; by kind, and agency by agency. "
                    + "As of asOf (default today): reports published later count as missing. With Accept: text/csv, "
                    + "one line per agency.")
    @APIResponse(responseCode = "200", description = "The figures and every agency", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompletenessView.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(ref = "UnknownRegion", responseCode = "404")
    @RolesAllowed({Role.VIEWER, Role.REVIEWER, Role.ADMIN})
    public Response completeness(@Parameter(ref = "regionCode") @PathParam("regionCode") String regionCode,
                                 @Parameter(ref = "year") @PathParam("year") int year,
                                 @Parameter(ref = "scope") @QueryParam("scope") String scope,
                                 @Parameter(ref = "asOf") @QueryParam("asOf") String asOf,
                                 @Context HttpHeaders headers) {
        Region region = access.region(regionCode, caller.get());
        Scope which = RollupsResource.scope(scope);
        LocalDate day = day(asOf);
        CompletenessView view = CompletenessView.of(queries.of(region, RollupsResource.year(year), which, day), year,
                which, day, true);
        if (asksFor(headers)) {
            return csv(view.agenciesCsv(), "completeness-%s-%d.csv".formatted(region.code(), year));
        }
        return Response.ok(view, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{regionCode}/{year}/children")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "The figures of a region's direct sub-regions",
            description = "For each, as the region's own figures are counted, without the agencies. With Accept: "
                    + "text/csv, one line per sub-region.")
    @APIResponse(responseCode = "200", description = "One entry per direct sub-region (none for a county)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CompletenessView.class, type = SchemaType.ARRAY)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(ref = "UnknownRegion", responseCode = "404")
    @RolesAllowed({Role.VIEWER, Role.REVIEWER, Role.ADMIN})
    public Response children(@Parameter(ref = "regionCode") @PathParam("regionCode") String regionCode,
                             @Parameter(ref = "year") @PathParam("year") int year,
                             @Parameter(ref = "scope") @QueryParam("scope") String scope,
                             @Parameter(ref = "asOf") @QueryParam("asOf") String asOf,
                             @Context HttpHeaders headers) {
        Region region = access.region(regionCode, caller.get());
        Scope which = RollupsResource.scope(scope);
        LocalDate day = day(asOf);
        List<CompletenessView> views = queries.children(region, RollupsResource.year(year), which, day).stream()
                .map(result -> CompletenessView.of(result, year, which, day, false)).toList();
        if (asksFor(headers)) {
            return csv(CompletenessView.regionsCsv(views), "completeness-%s-%d-children.csv".formatted(region.code(), year));
        }
        return Response.ok(views, MediaType.APPLICATION_JSON).build();
    }

    private LocalDate day(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return queries.today();
        }
        try {
            return LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            throw RollupProblems.invalidParameter("asOf", "must be a date, YYYY-MM-DD");
        }
    }

    /** Whether the client names text/csv itself among what it accepts (a wildcard gets JSON). */
    private static boolean asksFor(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream().anyMatch(accepted -> !accepted.isWildcardType()
                && !accepted.isWildcardSubtype() && MediaType.valueOf(CSV).isCompatible(accepted));
    }

    private static Response csv(String body, String fileName) {
        return Response.ok(body, CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
