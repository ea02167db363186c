package gov.disclosure.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The payload of a {@code review-decided} event: a reviewer's decision on one revision of a report. Sent on the
 * {@code report-published} topic, keyed by agency id like the revisions it judges, so that a decision always
 * follows the revision it is about. Described by {@code openapi/review-decided.schema.json}.
 *
 * @param sequence the decision's number among the report's decisions (1, 2, …): a consumer applies only newer ones
 */
public record ReviewDecided(UUID reportId, String agencyId, String regionCode, int year, int revision, int sequence,
                            ReviewDecision decision, List<ReviewComment> comments, String decidedBy,
                            Instant decidedAt) {

    /** The CloudEvents {@code type} of these events (on the report-published topic). */
    public static final String TYPE = "gov.disclosure.review-decided";

    /** The CloudEvents {@code dataschema}. */
    public static final String DATA_SCHEMA = "urn:gov-disclosure:schema:review-decided:1";
}
