package gov.disclosure.rollups.api;

import gov.disclosure.access.CurrentCaller;
import gov.disclosure.access.Role;
import gov.disclosure.rollups.aggregation.RollupRebuild;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/v1/admin/rollups")
@Tag(name = "Administration", description = "Operations on the rollups as a whole")
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    private static final String REBUILD = "/api/v1/admin/rollups/rebuild";

    private final RollupRebuild rebuild;
    private final CurrentCaller caller;

    public RebuildResource(RollupRebuild rebuild, CurrentCaller caller) {
        this.rebuild = rebuild;
        this.caller = caller;
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Rebuild every rollup, in the background",
            description = "Asks for all rollups to be recomputed from the latest revision of every report this service "
                    + "has applied, and answers at once: a country's rebuild takes minutes. It runs after any rebuild "
                    + "in progress; events arriving meanwhile wait, then apply on top. Reports whose numbers were "
                    + "stored beyond today's bounds (more than 20 decimals) are summed rounded and listed in the "
                    + "status's `rounded`: the rebuild repairs rollups such numbers broke.")
    @APIResponse(responseCode = "202", description = "Asked for; GET the Location for how it stands",
            headers = @Header(name = "Location", description = "The rebuild's status",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RebuildStatus.class)))
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed(Role.ADMIN)
    public Response request() {
        rebuild.request(caller.get().subject());
        return Response.accepted(RebuildStatus.of(rebuild.status())).location(URI.create(REBUILD)).build();
    }

    @GET
    @Path("/rebuild")
    @Operation(summary = "How the rebuilds asked for stand",
            description = "Whether one runs or waits, and what the last one found.")
    @APIResponse(responseCode = "200", description = "The status",
            content = @Content(schema = @Schema(implementation = RebuildStatus.class)))
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed(Role.ADMIN)
    public RebuildStatus status() {
        return RebuildStatus.of(rebuild.status());
    }
}
