package gov.disclosure.reports.events;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.event.UnreadableEventException;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.reports.storage.ReportRevision;
import gov.disclosure.reports.validation.InvalidReportException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import java.util.UUID;

/** Records a {@code report-published} event for a stored revision, in the transaction that stores it. */
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

    public void published(ReportRevision revision, AnnualReport report) {
        ReportPublished event = new ReportPublished(revision.reportId, report.agency().id(), report.agency().name(),
                report.regionCode(), report.year(), revision.revision, revision.status, revision.submittedAt,
                revision.violationCount, ReportNumbers.flatten(report));
        OutboxEvent outbox = new OutboxEvent();
        outbox.id = UUID.randomUUID();
        outbox.key = event.agencyId();
        outbox.subject = event.reportId().toString();
        outbox.payload = readable(ReportPublishedCodec.write(event));
        outbox.createdAt = revision.submittedAt;
        outbox.persist();
        recorded.fire(new Recorded(outbox.id));
    }

    /** Nothing is published that consumers would refuse: the payload is read back as the aggregation service reads it. */
    private String readable(String payload) {
        try {
            codec.read(payload);
            return payload;
        } catch (UnreadableEventException e) {
            throw InvalidReportException.of("", "cannot be published: " + e.getMessage());
        }
    }
}
