package gov.disclosure.reports.published;

import java.time.Duration;

/**
 * A document's turn to be read did not come within {@link DocumentLimits#maxReadWait()}: the caller may send it
 * again.
 */
public class DocumentReadersBusyException extends RuntimeException {

    private final Duration retryAfter;

    public DocumentReadersBusyException(int readers, Duration waited) {
        super("the service reads %d document%s at a time and this one's turn did not come within %d ms; send it again"
                .formatted(readers, readers == 1 ? "" : "s", waited.toMillis()));
        this.retryAfter = waited;
    }

    /** How long the caller should wait before sending the document again: as long as it has waited. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The same in whole seconds, at least one (as {@code Retry-After} says it). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
