package gov.disclosure.rollups.api;

import gov.disclosure.rollups.storage.RebuildRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * How the rebuilds asked for stand: the last request, and what the last rebuild found (a rebuild at start-up after a
 * migration counts too, without a request).
 */
@Schema(description = "How the rebuilds asked for stand")
public record RebuildStatus(
        @Schema(description = "RUNNING: a rebuild holds its lock now. PENDING: asked for, waiting for a rebuild in "
                + "progress or for a replica (the next start of one runs it if the one asked stopped). FAILED: the "
                + "rebuild asked for failed (failure says why; ask again). DONE: the last rebuild answered every "
                + "request. NONE: never rebuilt.") State state,
        @Schema(description = "When a rebuild was last asked for") Instant requestedAt,
        @Schema(description = "Who asked: the token's subject") String requestedBy,
        @Schema(description = "When the last rebuild took its lock; it answers every request made before") Instant startedAt,
        @Schema(description = "When it ended") Instant finishedAt,
        @Schema(description = "The published reports it summed") Long reports,
        @Schema(description = "The rollups it wrote") Integer rollups,
        @Schema(description = "The reports whose numbers were stored beyond today's bounds (more than 20 decimals) "
                + "and were summed rounded, as agency/year revision n") List<String> rounded,
        @Schema(description = "When the last rebuild asked for failed") Instant failedAt,
        @Schema(description = "Why it failed") String failure) {

    @Schema(name = "RebuildState")
    public enum State { NONE, PENDING, RUNNING, FAILED, DONE }

    static RebuildStatus of(RebuildRecord.Stored stored) {
        return new RebuildStatus(state(stored), stored.requestedAt(), stored.requestedBy(), stored.startedAt(),
                stored.finishedAt(), stored.reports(), stored.rollups(), stored.rounded(), stored.failedAt(),
                stored.failure());
    }

    private static State state(RebuildRecord.Stored stored) {
        if (stored.running()) {
            return State.RUNNING;
        }
        if (stored.pending()) {
            return stored.failedAt() != null && stored.failedAt().isAfter(stored.requestedAt())
                    ? State.FAILED : State.PENDING;
        }
        return stored.finishedAt() != null ? State.DONE : State.NONE;
    }
}
