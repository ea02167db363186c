package gov.disclosure.reports.importjobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Where an import job stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Where an import job stands: files done of total, and what became of them.")
public record ImportJobView(
        UUID id,
        @Schema(description = "RUNNING until every file is read, then DONE; CANCELLED when cancelled before")
        ImportJob.Status status,
        Instant createdAt,
        Instant finishedAt,
        @Schema(description = "Files in the job (an archive's entries one each)") int total,
        @Schema(description = "Files read (stored, unchanged or refused); skipped ones of a cancelled job are not")
        int done,
        @Schema(description = "Files stored as a new report or revision") int stored,
        @Schema(description = "Files whose report was already stored with this content") int unchanged,
        @Schema(description = "Files refused: see refusals") int refused,
        @Schema(description = "Files left unread because the job was cancelled") int skipped,
        @Schema(description = "Each refused file and why (the problem a single submission gets); absent in lists")
        List<Refusal> refusals) {

    /** A refused file and its problem. */
    public record Refusal(String file, int status, Map<String, Object> problem) {
    }
}
