package gov.disclosure.rollups.api;

import gov.disclosure.rollups.aggregation.RollupRebuild;
import gov.disclosure.access.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/rollups")
@Tag(name = "Administration", description = "Operations on the rollups as a whole")
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    private final RollupRebuild rebuild;

    public RebuildResource(RollupRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Rebuild every rollup",
            description = "Recomputes all rollups from the latest revision of every report this service has "
                    + "applied. Events arriving meanwhile wait, then apply on top. Reports whose numbers were stored "
                    + "beyond today's bounds (more than 20 decimals) are summed rounded and listed in `rounded`: "
                    + "the rebuild repairs rollups such numbers broke.")
    @APIResponse(responseCode = "200", description = "How many reports were summed into how many rollups, and which "
            + "were read rounded",
            content = @Content(schema = @Schema(implementation = RollupRebuild.Result.class)))
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed(Role.ADMIN)
    public RollupRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}
