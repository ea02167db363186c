package gov.disclosure.reports.submission;

/** An {@code Idempotency-Key} came back with a different request than the one it was first used for. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("this Idempotency-Key was already used for a different request; use a new key for a new request");
    }
}
