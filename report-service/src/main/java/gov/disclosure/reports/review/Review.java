package gov.disclosure.reports.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.disclosure.review.ReviewComment;
import gov.disclosure.review.ReviewStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** Where a revision stands with its reviewers: the latest decision on it, or PENDING. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Where a revision stands with its reviewers: the latest decision on it, or PENDING.")
public record Review(
        ReviewStatus status,
        @Schema(description = "The reviewer's remarks (absent while PENDING)") List<ReviewComment> comments,
        @Schema(description = "The token subject of the reviewer", examples = "office-410000") String decidedBy,
        Instant decidedAt) {

    public static final Review PENDING = new Review(ReviewStatus.PENDING, null, null, null);
}
