package gov.disclosure.reports.events;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.reports.storage.ReportRevision;
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

    public ReportEvents(Event<Recorded> recorded) {
        this.recorded = recorded;
    }

    public void published(ReportRevision revision, AnnualReport report) {
        ReportPublished event = new ReportPublished(revision.reportId, report.agency().id(), report.agency().name(),
                report.regionCode(), report.year(), revision.revision, revision.status, revision.submittedAt,
                revision.violationCount, ReportNumbers.flatten(report));
        OutboxEvent outbox = new OutboxEvent();
        outbox.id = UUID.randomUUID();
        outbox.key = event.agencyId();
        outbox.subject = event.reportId().toString();
        outbox.payload = ReportPublishedCodec.write(event);
        outbox.createdAt = revision.submittedAt;
        outbox.persist();
        recorded.fire(new Recorded(outbox.id));
    }
}
