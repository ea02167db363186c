package gov.disclosure.reports.submission;

import gov.disclosure.reports.events.OutboxEvent;
import gov.disclosure.reports.events.ReportEvents;
import gov.disclosure.reports.storage.IdempotencyRecord;
import gov.disclosure.reports.storage.Report;
import gov.disclosure.reports.storage.ReportRevision;
import gov.disclosure.reports.storage.RevisionOriginal;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows one or many submissions add, kept until {@link #persist}: then written table by table in the order the
 * foreign keys need (reports, revisions, originals, events, idempotency records), so that the inserts of a chunk
 * of submissions go to the database as one JDBC batch per table. Nothing is added before a submission passed every
 * check: a submission refused leaves no trace here.
 */
public final class Writes {

    private final List<Report> reports = new ArrayList<>();
    private final List<ReportRevision> revisions = new ArrayList<>();
    private final List<RevisionOriginal> originals = new ArrayList<>();
    private final List<OutboxEvent> events = new ArrayList<>();
    private final List<IdempotencyRecord> idempotency = new ArrayList<>();

    void add(Report report) {
        reports.add(report);
    }

    void add(ReportRevision revision) {
        revisions.add(revision);
    }

    void add(RevisionOriginal original) {
        originals.add(original);
    }

    void add(OutboxEvent event) {
        events.add(event);
    }

    void add(IdempotencyRecord record) {
        idempotency.add(record);
    }

    public boolean isEmpty() {
        return reports.isEmpty() && revisions.isEmpty() && originals.isEmpty() && events.isEmpty()
                && idempotency.isEmpty();
    }

    /** Persists what was added (in the caller's transaction) and forgets it. */
    void persist(ReportEvents recorder) {
        reports.forEach(entity -> entity.persist());
        revisions.forEach(entity -> entity.persist());
        originals.forEach(entity -> entity.persist());
        events.forEach(recorder::record);
        idempotency.forEach(entity -> entity.persist());
        reports.clear();
        revisions.clear();
        originals.clear();
        events.clear();
        idempotency.clear();
    }
}
