package gov.disclosure.reports.published;

/** A published document whose text cannot be had: {@link #reason()} says why, in one word a client can test. */
public class UnreadableDocumentException extends RuntimeException {

    /** Why the text cannot be had. */
    public enum Reason {
        /** The pages are images: a scan, without a text layer. */
        SCANNED,
        ENCRYPTED,
        DAMAGED,
        TRUNCATED,
        /** The bytes are not of the format the Content-Type or the name says. */
        NOT_THIS_FORMAT,
        /** Larger, or more pages, than the service reads. */
        TOO_LARGE,
        /** An archive inside an archive, or a file of no format the service reads. */
        UNSUPPORTED,
        /** An archive entry's name that climbs out of the archive (../, an absolute path). */
        UNSAFE_NAME
    }

    private final Reason reason;

    public UnreadableDocumentException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public UnreadableDocumentException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
