package gov.disclosure.reports.published;

import gov.disclosure.reports.published.UnreadableDocumentException.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Reads a published file of any format taken into the text the report parser reads. */
@ApplicationScoped
public class PublishedDocuments {

    private final Map<DocumentFormat, DocumentReader> readers = new EnumMap<>(DocumentFormat.class);
    private final DocumentLimits limits;
    private final Semaphore reading;

    @Inject
    public PublishedDocuments(Instance<DocumentReader> readers, DocumentLimits limits) {
        this((Iterable<DocumentReader>) readers, limits);
    }

    PublishedDocuments(Iterable<DocumentReader> readers, DocumentLimits limits) {
        this.limits = limits;
        this.reading = new Semaphore(limits.maxConcurrentReads(), true);
        readers.forEach(reader -> this.readers.put(reader.format(), reader));
    }

    /** How long a reading may wait for its turn among those under way. */
    public enum Turn {
        /** However long it takes: a batch's or an import job's file. */
        WAIT,
        /** At most {@link DocumentLimits#maxReadWait()}: a single submission, whose caller waits for the answer. */
        WAIT_AT_MOST_MAX_READ_WAIT
    }

    /**
     * @throws UnreadableDocumentException  when the file is too large, or its text cannot be had
     * @throws DocumentReadersBusyException when its turn to be read did not come in time
     */
    public PublishedText read(PublishedFile file, Turn turn) {
        long max = limits.maxFileSize().asLongValue();
        if (file.content().length > max) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, "%s has %d bytes; files of at most %d are read"
                    .formatted(file.label(), file.content().length, max));
        }
        DocumentFormat format = file.format();
        if (format == DocumentFormat.TEXT) {
            TextDecoding.Decoded decoded = TextDecoding.decodeExplained(file.content(),
                    Charsets.declared(file.contentType()));
            return new PublishedText(decoded.text(), format, null, decoded.explanation());
        }
        return new PublishedText(readTaking(readers.get(format), file, turn), format, file);
    }

    /**
     * PDFBox and POI hold what they read of a document in memory, up to tens of MB within the limits: past
     * {@link DocumentLimits#maxConcurrentReads()} at once, a reading waits for another to end (each is bounded in
     * time by the same limits) instead of running the heap out.
     */
    private String readTaking(DocumentReader reader, PublishedFile file, Turn turn) {
        return inTurn(turn, () -> reader.text(file));
    }

    /**
     * Reads a text, in a turn among the documents being read when it is longer than {@link
     * DocumentLimits#maxTextReadAtOnce()}: reading such a text holds as much as reading a document.
     *
     * @throws DocumentReadersBusyException when its turn did not come in time
     */
    public <T> T readText(String text, Turn turn, Supplier<T> read) {
        return text.length() > limits.maxTextReadAtOnce() ? inTurn(turn, read) : read.get();
    }

    private <T> T inTurn(Turn turn, Supplier<T> read) {
        takeTurn(turn);
        try {
            return read.get();
        } finally {
            reading.release();
        }
    }

    private void takeTurn(Turn turn) {
        if (turn == Turn.WAIT) {
            reading.acquireUninterruptibly();
            return;
        }
        Duration wait = limits.maxReadWait();
        try {
            if (reading.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new DocumentReadersBusyException(limits.maxConcurrentReads(), wait);
    }
}
