package gov.disclosure.reports.submission;

/**
 * An {@code Idempotency-Key} and what the request that carried it asked for: a retry with the same key gets the
 * first answer, and the same key with a different request is refused.
 */
public record IdempotencyKey(String value, String fingerprint) {
}
