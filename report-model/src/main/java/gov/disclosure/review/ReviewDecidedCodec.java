package gov.disclosure.review;

import gov.disclosure.event.EventJson;
import gov.disclosure.event.UnreadableEventException;

import java.util.ArrayList;
import java.util.List;

/** Writes and reads {@code review-decided} payloads; a tolerant reader that still refuses what makes no sense. */
public final class ReviewDecidedCodec {

    private ReviewDecidedCodec() {
    }

    public static String write(ReviewDecided decided) {
        return EventJson.write(decided);
    }

    /** @throws UnreadableEventException naming every reason the payload cannot be applied */
    public static ReviewDecided read(String json) {
        ReviewDecided decided = EventJson.read(json, ReviewDecided.class, "review-decided");
        List<String> problems = new ArrayList<>();
        if (decided.reportId() == null) {
            problems.add("reportId is missing");
        }
        if (decided.agencyId() == null || decided.agencyId().isBlank()) {
            problems.add("agencyId is missing");
        }
        if (decided.revision() < 1 || decided.sequence() < 1) {
            problems.add("revision and sequence must be at least 1");
        }
        if (decided.decision() == null) {
            problems.add("decision is missing");
        }
        if (decided.decidedAt() == null) {
            problems.add("decidedAt is missing");
        }
        if (!problems.isEmpty()) {
            throw new UnreadableEventException(String.join("; ", problems));
        }
        return decided;
    }
}
