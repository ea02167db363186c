package gov.disclosure.reports.submission;

/** {@code If-Match} named a revision that is not the current one: someone else changed the report first. */
public class PreconditionFailedException extends RuntimeException {

    private final int currentRevision;

    /** @param currentRevision the current revision, 0 when the report does not exist */
    public PreconditionFailedException(int currentRevision) {
        super(currentRevision == 0
                ? "If-Match was sent but the report does not exist yet"
                : "If-Match does not name the current revision; it is now " + IfMatch.etag(currentRevision));
        this.currentRevision = currentRevision;
    }

    public int currentRevision() {
        return currentRevision;
    }
}
