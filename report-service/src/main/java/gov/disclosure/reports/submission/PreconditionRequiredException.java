package gov.disclosure.reports.submission;

/** A change to an existing report was sent without {@code If-Match}. */
public class PreconditionRequiredException extends RuntimeException {

    private final int currentRevision;

    public PreconditionRequiredException(int currentRevision) {
        super("changing an existing report needs If-Match with its current ETag " + IfMatch.etag(currentRevision));
        this.currentRevision = currentRevision;
    }

    public int currentRevision() {
        return currentRevision;
    }
}
