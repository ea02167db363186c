package gov.disclosure.rollups.api;

import gov.disclosure.rollups.aggregation.RollupRebuild;
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
                    + "applied. Events arriving meanwhile wait, then apply on top.")
    @APIResponse(responseCode = "200", description = "How many reports were summed into how many rollups",
            content = @Content(schema = @Schema(implementation = RollupRebuild.Result.class)))
    public RollupRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}
