package gov.disclosure.event;

/** An event that cannot be applied whatever is retried: not JSON, not of the known schema, or naming no region. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String reason) {
        super(reason);
    }

    public UnreadableEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
