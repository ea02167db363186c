package gov.disclosure.reports.events;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.reports.storage.ReportRevision;
import gov.disclosure.reports.validation.InvalidReportException;
import gov.disclosure.review.ReviewDecided;
import gov.disclosure.review.ReviewDecidedCodec;
import gov.disclosure.roster.RosterEntry;
import gov.disclosure.roster.RosterEntryCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Records events in the outbox, in the transaction that stores what they tell: a stored revision
 * ({@code report-published}), a review decision ({@code review-decided}, on the same topic and key, so that it
 * follows its revision) and a roster change ({@code agency-roster}, a compacted topic).
 */
@ApplicationScoped
public class ReportEvents {

    /** Fired when an event was recorded; observed after commit to wake the relay. */
    public record Recorded(UUID eventId) {
    }

    private final Event<Recorded> recorded;
    private final ReportPublishedCodec codec;

    public ReportEvents(Event<Recorded> recorded, ReportPublishedCodec codec) {
        this.recorded = recorded;
        this.codec = codec;
    }

    /** @param publishedOn when the report was published, as it says or as first accepted */
    public void published(ReportRevision revision, AnnualReport report, LocalDate publishedOn) {
        record(publishedEvent(revision, report, publishedOn));
    }

    /**
     * The {@code report-published} event of a revision, not yet recorded: refused (InvalidReportException) when
     * consumers could not read it, so that a writer can check it before it writes anything.
     */
    public OutboxEvent publishedEvent(ReportRevision revision, AnnualReport report, LocalDate publishedOn) {
        ReportPublished event = new ReportPublished(revision.reportId, report.agency().id(), report.agency().name(),
                report.regionCode(), report.year(), revision.revision, revision.status, revision.submittedAt,
                revision.violationCount, ReportNumbers.flatten(report), publishedOn);
        return event(ReportPublished.TOPIC, ReportPublished.TYPE, event.agencyId(), event.reportId().toString(),
                ReportPublishedCodec.write(readable(event)), revision.submittedAt);
    }

    /** Records an event made by {@link #publishedEvent}, in the caller's transaction. */
    public void record(OutboxEvent outbox) {
        outbox.persist();
        recorded.fire(new Recorded(outbox.id));
    }

    public void decided(ReviewDecided decided) {
        record(ReportPublished.TOPIC, ReviewDecided.TYPE, decided.agencyId(), decided.reportId().toString(),
                ReviewDecidedCodec.write(decided), decided.decidedAt());
    }

    public void rostered(RosterEntry entry) {
        record(RosterEntry.TOPIC, RosterEntry.TYPE, entry.agencyId(), entry.agencyId(), RosterEntryCodec.write(entry),
                entry.time());
    }

    private void record(String topic, String type, String key, String subject, String payload, Instant time) {
        record(event(topic, type, key, subject, payload, time));
    }

    private static OutboxEvent event(String topic, String type, String key, String subject, String payload,
                                     Instant time) {
        OutboxEvent outbox = new OutboxEvent();
        outbox.id = UUID.randomUUID();
        outbox.topic = topic;
        outbox.type = type;
        outbox.key = key;
        outbox.subject = subject;
        outbox.payload = payload;
        outbox.createdAt = time;
        outbox.traceparent = OutboxTrace.current();
        return outbox;
    }

    /**
     * Nothing is published that consumers would refuse: the event is checked as the aggregation service reads it
     * ({@link ReportPublishedCodec#refusals}: its reader's checks and bounds, without writing and reading the JSON).
     */
    private ReportPublished readable(ReportPublished event) {
        List<String> refusals = codec.refusals(event);
        if (!refusals.isEmpty()) {
            throw InvalidReportException.of("", "cannot be published: " + String.join("; ", refusals));
        }
        return event;
    }
}
