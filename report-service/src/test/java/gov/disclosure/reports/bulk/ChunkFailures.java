package gov.disclosure.reports.bulk;

import gov.disclosure.reports.events.ReportEvents;
import gov.disclosure.reports.operations.ReportMetrics;
import gov.disclosure.reports.security.ReportAccess;
import gov.disclosure.reports.storage.ReportDocuments;
import gov.disclosure.reports.storage.ReportQueries;
import gov.disclosure.reports.submission.PublicationDates;
import gov.disclosure.reports.submission.RevisionStore;
import gov.disclosure.reports.submission.Writes;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The submissions as they are, except that a test may have the writes of the next chunks of a bulk submission fail
 * as the database would fail them. A single submission persists its writes itself, and never fails here.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ChunkFailures extends RevisionStore {

    private static final AtomicInteger FAILURES = new AtomicInteger();

    /** For the client proxy only. */
    ChunkFailures() {
        this(null, null, null, null, null, null, null);
    }

    @Inject
    public ChunkFailures(EntityManager entityManager, ReportDocuments documents, ReportEvents events,
                         ReportMetrics metrics, ReportAccess access, PublicationDates publication,
                         ReportQueries queries) {
        super(entityManager, documents, events, metrics, access, publication, queries);
    }

    /** The next {@code chunks} chunks fail when they write. */
    public static void failNext(int chunks) {
        FAILURES.set(chunks);
    }

    @Override
    public void persist(Writes writes) {
        if (FAILURES.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new PersistenceException("simulated: the database refused the chunk");
        }
        super.persist(writes);
    }
}
