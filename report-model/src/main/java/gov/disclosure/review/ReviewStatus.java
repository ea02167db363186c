package gov.disclosure.review;

/** Where a report's current revision stands with its reviewers: a new revision is PENDING until decided on. */
public enum ReviewStatus {
    PENDING, ACCEPTED, RETURNED;

    public static ReviewStatus of(ReviewDecision decision) {
        return decision == null ? PENDING : valueOf(decision.name());
    }
}
