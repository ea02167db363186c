package gov.disclosure.rollups.aggregation;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.event.UnreadableEventException;
import gov.disclosure.review.ReviewDecided;
import gov.disclosure.review.ReviewDecidedCodec;
import gov.disclosure.rollups.storage.DeadLetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Applies a dead letter again once what kept it out is fixed (a region added to the region table, a newer release
 * that reads its schema): as the consumer would have, so that an event already applied changes nothing. A replayed
 * letter leaves the list; one that still cannot be read stays, with why.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    /** What a replay did. */
    public sealed interface Result {
        /** Applied (or found applied already) and taken off the list. */
        record Replayed(long id, String event, RollupUpdater.Outcome outcome) implements Result {
        }

        record NotFound(long id) implements Result {
        }

        /** Its payload was kept cut short: only a rebuild from the topic can apply it. */
        record PayloadCut(long id) implements Result {
        }

        record StillUnreadable(long id, String reason) implements Result {
        }
    }

    private final ReportPublishedCodec codec;
    private final RollupUpdater updater;

    public DeadLetterReplay(ReportPublishedCodec codec, RollupUpdater updater) {
        this.codec = codec;
        this.updater = updater;
    }

    @Transactional
    public Result replay(long id) {
        DeadLetter letter = DeadLetter.findById(id);
        if (letter == null) {
            return new Result.NotFound(id);
        }
        if (letter.payload == null || letter.payload.length() >= DeadLetter.PAYLOAD_KEPT) {
            return new Result.PayloadCut(id);
        }
        Result result = apply(letter);
        if (result instanceof Result.Replayed replayed) {
            LOG.infof("dead letter %d replayed: %s, %s", id, replayed.event(), replayed.outcome());
            letter.delete();
        }
        return result;
    }

    private Result apply(DeadLetter letter) {
        try {
            ReportPublished event = codec.read(letter.payload);
            return new Result.Replayed(letter.id, "revision %d of %s/%d".formatted(event.revision(), event.agencyId(),
                    event.year()), updater.apply(event));
        } catch (UnreadableEventException asRevision) {
            try {
                ReviewDecided decided = ReviewDecidedCodec.read(letter.payload);
                return new Result.Replayed(letter.id, "decision %d on revision %d of %s/%d".formatted(
                        decided.sequence(), decided.revision(), decided.agencyId(), decided.year()),
                        updater.apply(decided));
            } catch (UnreadableEventException asDecision) {
                return new Result.StillUnreadable(letter.id, asRevision.getMessage());
            }
        }
    }
}
