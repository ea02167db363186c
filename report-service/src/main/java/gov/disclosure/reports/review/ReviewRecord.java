package gov.disclosure.reports.review;

import gov.disclosure.review.ReviewComment;
import gov.disclosure.review.ReviewDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One decision as kept: which revision, which decision, the comments, who and when. */
@Schema(description = "A reviewer's decision on a revision, as kept.")
public record ReviewRecord(
        @Schema(description = "The revision decided on", examples = "2") int revision,
        @Schema(description = "The decision's number among the report's decisions, from 1") int sequence,
        ReviewDecision decision,
        List<ReviewComment> comments,
        @Schema(description = "The token subject of the reviewer", examples = "office-410000") String decidedBy,
        Instant decidedAt) {
}
