package gov.disclosure.reports.api;

import gov.disclosure.access.Role;
import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import gov.disclosure.reports.published.TextDecoding;
import gov.disclosure.reports.roster.AgencyInput;
import gov.disclosure.reports.roster.Roster;
import gov.disclosure.reports.roster.RosterCsv;
import gov.disclosure.reports.roster.RosteredAgency;
import gov.disclosure.access.CurrentCaller;
import gov.disclosure.reports.storage.RosterAgency;
import gov.disclosure.reports.submission.PublicationDates;
import gov.disclosure.roster.AgencyKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The roster: the agencies that must report, per region, and the years they existed. */
@Path(AgenciesResource.PATH)
@Tag(name = "Roster", description = "The agencies that must report: put, find, retire, import and export")
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {

    /**
     * The class path of every resource under the agencies, {@link AgencyReportsResource} and
     * {@link ReportTablesResource} too: RESTEasy Reactive routes the classes of one class path as one. Under a class
     * path of their own below this one, a method that their path does not take fell through to this class, which has
     * no such path, and was answered 404 instead of 405.
     */
    static final String PATH = "/api/v1/agencies";
    /** An agency's report for a year, below {@link #PATH}. */
    static final String REPORT = "/{agencyId}/reports/{year}";
    static final String CSV = "text/csv";

    private final Roster roster;
    private final Regions regions;
    private final PublicationDates dates;
    private final CurrentCaller caller;

    public AgenciesResource(Roster roster, Regions regions, PublicationDates dates, CurrentCaller caller) {
        this.roster = roster;
        this.regions = regions;
        this.dates = dates;
        this.caller = caller;
    }

    /** One page of a roster search. Pages count from 0. */
    public record AgencyPage(List<RosteredAgency> items, int page, int size, long totalItems, int totalPages) {
    }

    /** What a CSV import did. */
    public record ImportResult(int created, int updated, int unchanged) {
    }

    @PUT
    @Path("/{agencyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put an agency on the roster, or change it",
            description = "Admins, and reviewers for agencies of their region (where it is and where it is to be). "
                    + "The same content again changes nothing. Every change is published on agency-roster.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgencyInput.class)))
    @APIResponse(responseCode = "201", description = "Put on the roster",
            content = @Content(schema = @Schema(implementation = RosteredAgency.class)))
    @APIResponse(responseCode = "200", description = "Changed, or already so",
            content = @Content(schema = @Schema(implementation = RosteredAgency.class)))
    @APIResponse(ref = "BadRequest", responseCode = "400")
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    @RolesAllowed({Role.REVIEWER, Role.ADMIN})
    public Response put(@Parameter(ref = "agencyId") @PathParam("agencyId") String agencyId, AgencyInput agency) {
        Roster.Written written = roster.put(agencyId, agency, caller.get());
        Response.ResponseBuilder response = Response.status(written.status()).entity(RosteredAgency.of(written.agency()));
        if (written.status() == 201) {
            response.location(UriBuilder.fromResource(AgenciesResource.class).path(agencyId).build());
        }
        return response.build();
    }

    @GET
    @Path("/{agencyId}")
    @Operation(summary = "Read an agency of the roster")
    @APIResponse(responseCode = "200", description = "The agency",
            content = @Content(schema = @Schema(implementation = RosteredAgency.class)))
    @APIResponse(ref = "NotFound", responseCode = "404")
    @RolesAllowed({Role.SUBMITTER, Role.REVIEWER, Role.VIEWER, Role.ADMIN})
    public RosteredAgency get(@Parameter(ref = "agencyId") @PathParam("agencyId") String agencyId) {
        return RosteredAgency.of(roster.find(agencyId, caller.get()));
    }

    @POST
    @Path("/{agencyId}/retire")
    @Operation(summary = "Retire an agency",
            description = "Sets the last day it existed (merged, split, abolished): it stays on the roster for the "
                    + "years it existed, and reports for later years are refused.")
    @APIResponse(responseCode = "200", description = "The agency, with activeTo set",
            content = @Content(schema = @Schema(implementation = RosteredAgency.class)))
    @APIResponse(ref = "NotFound", responseCode = "404")
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    @RolesAllowed({Role.REVIEWER, Role.ADMIN})
    public RosteredAgency retire(@Parameter(ref = "agencyId") @PathParam("agencyId") String agencyId,
                                 @Parameter(description = "The last day it existed; today when absent",
                                         example = "2024-06-30") @QueryParam("activeTo") String activeTo) {
        LocalDate lastDay = activeTo == null || activeTo.isBlank() ? dates.today() : date("activeTo", activeTo);
        return RosteredAgency.of(roster.retire(agencyId, lastDay, caller.get()).agency());
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Find agencies of the roster, or export them as CSV",
            description = "By region (with the regions below it), kind, and name: part of a name finds it, with or "
                    + "without its place (人民政府办公室 finds 汝州市人民政府办公室). Retired agencies too. With "
                    + "Accept: text/csv, every agency found (no pages), one a line: " + RosterCsv.HEADER
                    + ": what the import takes.")
    @APIResponse(responseCode = "200", description = "One page of agencies, or all of them as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyPage.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @RolesAllowed({Role.SUBMITTER, Role.REVIEWER, Role.VIEWER, Role.ADMIN})
    public Response search(
            @Parameter(description = "Region code: its agencies and those of every region below it", example = "410400")
            @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Part of the agency's name", example = "人民政府办公室") @QueryParam("q") String q,
            @Parameter(description = "Only agencies of this kind", schema = @Schema(implementation = AgencyKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Page number, from 0",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        QueryParameters parameters = new QueryParameters();
        Collection<String> codes = regionCodes(parameters, regionCode);
        AgencyKind onlyKind = parameters.enumeration("kind", kind, AgencyKind.class);
        int pageNumber = parameters.integer("page", page, 0, Integer.MAX_VALUE, 0);
        int pageSize = parameters.integer("size", size, 1, ReportsResource.MAX_PAGE_SIZE, 20);
        String text = parameters.text("q", q);
        parameters.complete();
        if (asksFor(headers, CSV)) {
            RosterAgency.Search search = roster.search(codes, text, onlyKind, caller.get());
            StreamingOutput body = out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                CSVPrinter csv = RosterCsv.printer(writer);
                roster.export(search, agency -> RosterCsv.write(agency, csv));
                csv.flush();
            };
            return Response.ok(body, CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"roster-%s.csv\""
                            .formatted(regionCode == null ? "all" : regionCode.trim()))
                    .build();
        }
        RosterAgency.Found found = roster.search(codes, text, onlyKind, caller.get(), pageNumber, pageSize);
        return Response.ok(new AgencyPage(found.agencies().stream().map(RosteredAgency::of).toList(), pageNumber,
                pageSize, found.total(), (int) ((found.total() + pageSize - 1) / pageSize)),
                MediaType.APPLICATION_JSON).build();
    }

    /** Whether the client names {@code type} itself among what it accepts (a wildcard gets JSON). */
    static boolean asksFor(HttpHeaders headers, String type) {
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(accepted -> !accepted.isWildcardType() && !accepted.isWildcardSubtype()
                        && MediaType.valueOf(type).isCompatible(accepted));
    }

    @POST
    @Consumes(CSV)
    @Operation(summary = "Import a roster from CSV",
            description = "Each line (" + RosterCsv.HEADER + ") puts an agency on the roster or changes it, as a PUT "
                    + "would; all lines or none (a 422 names every line that is wrong). Agencies not in the CSV are "
                    + "left as they are. With regionCode, every line must be of that region or one below it.")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "How many agencies were created, changed and already so",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(ref = "PayloadTooLarge", responseCode = "413")
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    @RolesAllowed({Role.REVIEWER, Role.ADMIN})
    public ImportResult importCsv(byte[] csv, @HeaderParam("Content-Type") String contentType,
                                  @Parameter(description = "The region whose roster this is", example = "410482")
                                  @QueryParam("regionCode") String regionCode) {
        QueryParameters parameters = new QueryParameters();
        Region region = parameters.checked("regionCode", regionCode, code -> regions.find(code).orElse(null),
                "must be a region code of the region table, or 000000");
        parameters.complete();
        // UTF-8 unless the Content-Type names another; a file saved as GBK (common from spreadsheets) is read too
        String text = TextDecoding.decode(csv, WriteParameters.charset(contentType));
        Roster.Imported imported = roster.importCsv(text,
                region == null ? null : region.code(), caller.get());
        return new ImportResult(imported.created(), imported.updated(), imported.unchanged());
    }

    private Collection<String> regionCodes(QueryParameters parameters, String regionCode) {
        Region region = parameters.checked("regionCode", regionCode, code -> regions.find(code).orElse(null),
                "must be a region code of the region table, or 000000");
        if (region == null || region.isCountry()) {
            return null;
        }
        return regions.selfAndDescendants(region.code()).stream().map(Region::code).toList();
    }

    private static LocalDate date(String name, String value) {
        return Roster.day(value).orElseThrow(() ->
                gov.disclosure.reports.problem.InvalidParametersException.of(name, Roster.DAY_EXPECTED));
    }
}
