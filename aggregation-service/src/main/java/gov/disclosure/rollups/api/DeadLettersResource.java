package gov.disclosure.rollups.api;

import gov.disclosure.access.Role;
import gov.disclosure.rollups.aggregation.DeadLetterReplay;
import gov.disclosure.rollups.storage.DeadLetter;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/dead-letters")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {

    private final DeadLetterReplay replay;

    public DeadLettersResource(DeadLetterReplay replay) {
        this.replay = replay;
    }

    private static final int MAX_PAGE_SIZE = 100;

    /** An event the service could not apply and sent to report-published-dlq. */
    public record DeadLetterView(long id, String topic, int partition, long offset, String key, String reason,
                                 String payload, Instant receivedAt) {

        static DeadLetterView of(DeadLetter letter) {
            return new DeadLetterView(letter.id, letter.topic, letter.partition, letter.offset, letter.key,
                    letter.reason, letter.payload, letter.receivedAt);
        }
    }

    @GET
    @Operation(summary = "The events sent to the dead-letter topic",
            description = "Newest first, with where each came from (topic, partition, offset, key) and why it could "
                    + "not be applied. The events themselves are on report-published-dlq.")
    @APIResponse(responseCode = "200", description = "One page of dead letters",
            content = @Content(schema = @Schema(implementation = DeadLetterView.class, type = SchemaType.ARRAY)))
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed(Role.ADMIN)
    public List<DeadLetterView> deadLetters(
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0) {
            throw RollupProblems.invalidParameter("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw RollupProblems.invalidParameter("size", "must be from 1 to " + MAX_PAGE_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            return List.of(); // far beyond the last page: empty, as any page past the end
        }
        return DeadLetter.newestFirst(page, size).stream().map(DeadLetterView::of).toList();
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Apply a dead letter again",
            description = "Once what kept an event out is fixed (see deploy/README.md): applies it as the consumer "
                    + "would have (an event already applied changes nothing) and takes it off the list. An event "
                    + "that still cannot be read stays, and the answer says why.")
    @APIResponse(responseCode = "200", description = "Applied, or found applied already",
            content = @Content(schema = @Schema(implementation = DeadLetterReplay.Result.Replayed.class)))
    @APIResponse(responseCode = "409", description = "Its payload was kept cut short: rebuild from the topic")
    @APIResponse(responseCode = "422", description = "It still cannot be read (`reason`)")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed(Role.ADMIN)
    public DeadLetterReplay.Result.Replayed replay(@Parameter(description = "The dead letter's id") @PathParam("id") long id) {
        DeadLetterReplay.Result result = replay.replay(id);
        if (result instanceof DeadLetterReplay.Result.Replayed replayed) {
            return replayed;
        }
        if (result instanceof DeadLetterReplay.Result.PayloadCut) {
            throw problem(409, "payload-cut", "The dead letter's payload was kept cut short",
                    "only the first %d characters were kept: rebuild the rollups from the topic instead"
                            .formatted(DeadLetter.PAYLOAD_KEPT));
        }
        if (result instanceof DeadLetterReplay.Result.StillUnreadable unreadable) {
            throw problem(422, "unreadable-event", "The event still cannot be applied", unreadable.reason());
        }
        throw problem(404, "not-found", "Not found", "no dead letter " + id);
    }

    private static HttpProblem problem(int status, String type, String title, String detail) {
        return HttpProblem.builder().withStatus(status).withType(URI.create("/problems/" + type)).withTitle(title)
                .withDetail(detail).build();
    }
}
