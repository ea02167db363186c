package gov.disclosure.reports.review;

import gov.disclosure.review.ReviewComment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A reviewer's decision on a revision, as sent. */
@Schema(description = "A reviewer's decision on a revision: ACCEPTED, or RETURNED with comments saying what to correct.")
public record ReviewRequest(
        @Schema(enumeration = {"ACCEPTED", "RETURNED"}, required = true) String decision,
        @Schema(description = "Remarks for the agency; at least one for RETURNED") List<ReviewComment> comments) {
}
