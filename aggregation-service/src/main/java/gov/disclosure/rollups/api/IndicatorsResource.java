package gov.disclosure.rollups.api;

import gov.disclosure.report.Indicator;
import gov.disclosure.report.Indicators;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The indicator catalogue: what each indicator's id means. Definitions only, no data: no token needed. */
@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Ratios of a report's numbers, defined once for rollups and rankings")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorsResource {

    @GET
    @PermitAll
    @Operation(summary = "The indicators",
            description = "Every indicator: its stable id, its Chinese label, the flat names summed above and below "
                    + "the line. Rollups answer them at /api/v1/rollups/{regionCode}/{year}/indicators and rank "
                    + "children by them (/children?indicator=…&sort=desc).")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = @Content(schema = @Schema(implementation = Indicator.class, type = SchemaType.ARRAY)))
    public List<Indicator> indicators() {
        return Indicators.CATALOGUE;
    }
}
