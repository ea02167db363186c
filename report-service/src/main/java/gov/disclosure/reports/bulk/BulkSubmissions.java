package gov.disclosure.reports.bulk;

import gov.disclosure.access.Caller;
import gov.disclosure.reports.problem.DomainProblems;
import gov.disclosure.reports.storage.PrefetchedReports;
import gov.disclosure.reports.storage.ReportDocuments;
import gov.disclosure.reports.storage.StoredReports;
import gov.disclosure.reports.submission.ReportIntake;
import gov.disclosure.reports.submission.RevisionStore;
import gov.disclosure.reports.submission.RevisionStore.Stored;
import gov.disclosure.reports.submission.RevisionStore.Submission;
import gov.disclosure.reports.submission.Writes;
import gov.disclosure.reports.validation.ValidationMode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores many reports the way single submissions ({@code POST /api/v1/reports}) store them, each line by the same
 * checks ({@link ReportIntake#check}) and the same storage ({@link RevisionStore#store}), but a chunk of lines
 * in one transaction: one statement takes the chunk's locks, and the rows of its lines go to the database as one
 * JDBC batch per table. A line refused leaves its neighbours alone (it is refused before it writes anything); a
 * chunk whose transaction fails for another reason (the database) is stored again line by line, each line in a
 * transaction of its own, as single submissions are.
 * <p>
 * Lines are taken in order: a line sees what the lines before it stored (a revision of a report stored two lines
 * up, the year before for the year-on-year rules, an idempotency key used before), as it would one by one. What
 * the lines read of the stored reports and the roster is read for the whole chunk at once ({@link
 * PrefetchedReports}), after its locks are taken.
 */
@ApplicationScoped
public class BulkSubmissions {

    private static final Logger LOG = Logger.getLogger(BulkSubmissions.class);

    private final ReportIntake intake;
    private final RevisionStore submissions;
    private final EntityManager entityManager;
    private final BulkLimits limits;
    private final ReportDocuments documents;

    public BulkSubmissions(ReportIntake intake, RevisionStore submissions, EntityManager entityManager,
                           BulkLimits limits, ReportDocuments documents) {
        this.documents = documents;
        this.intake = intake;
        this.submissions = submissions;
        this.entityManager = entityManager;
        this.limits = limits;
    }

    /** How many lines {@link #store} takes at once: one transaction, one JDBC batch per table. */
    public int chunkSize() {
        return Math.max(1, limits.chunkSize());
    }

    /**
     * Stores a chunk of lines (at most {@link #chunkSize()}), and gives each line's result, in line order, once
     * the chunk is committed. Chunks are stored one after the other, in the order of the body.
     *
     * @param target what a single submission of each line would ask for (see {@link ReportIntake#submit}), so
     *               that an idempotency key is the same key in bulk and alone
     */
    public List<BulkResult> store(List<BulkLine> lines, Caller caller, ValidationMode mode, String target) {
        List<BulkLine> readable = lines.stream().filter(BulkLine::readable).toList();
        Map<Integer, BulkResult> results;
        try {
            results = readable.isEmpty() ? Map.of()
                    : QuarkusTransaction.requiringNew().call(() -> together(readable, caller, mode, target));
        } catch (RuntimeException failure) {
            LOG.warnf("bulk: a chunk of %d lines (from line %d) failed as a whole (%s); storing them one by one",
                    readable.size(), readable.get(0).number(), failure.toString());
            results = new HashMap<>();
            for (BulkLine line : readable) {
                results.put(line.number(), alone(line, caller, mode, target));
            }
        }
        List<BulkResult> inOrder = new ArrayList<>(lines.size());
        for (BulkLine line : lines) {
            inOrder.add(line.readable() ? results.get(line.number()) : BulkResult.refused(line, line.unreadable()));
        }
        return inOrder;
    }

    /** The lines of a chunk in the current transaction; a failure other than a refusal fails them all. */
    private Map<Integer, BulkResult> together(List<BulkLine> lines, Caller caller, ValidationMode mode,
                                              String target) {
        // rows are written when this says so: before a line reads what an earlier line of the chunk wrote, and at
        // the end, so that the inserts of many lines go out as one batch
        entityManager.unwrap(Session.class).setHibernateFlushMode(FlushMode.MANUAL);
        submissions.lock(lines.stream().filter(line -> line.idempotencyKey() != null)
                        .map(line -> ReportIntake.keyValue(caller, line.idempotencyKey())).toList(),
                lines.stream().map(BulkLine::report).toList());
        StoredReports stored = PrefetchedReports.of(lines.stream().map(BulkLine::report).toList(), documents);
        Writes writes = new Writes();
        Set<String> written = new HashSet<>();
        Map<Integer, BulkResult> results = new HashMap<>();
        for (BulkLine line : lines) {
            if (readsWhatIsPending(line, caller, written)) {
                flush(writes);
                written.clear();
            }
            try {
                Submission submission = intake.check(line.report(), caller, mode, line.ifMatch(),
                        line.idempotencyKey(), target, null, line.changeReason(), stored);
                results.put(line.number(), BulkResult.stored(line, submissions.store(submission, writes, stored)));
                written.addAll(touched(line, caller));
            } catch (RuntimeException refusal) {
                if (DomainProblems.of(refusal).isEmpty()) {
                    throw refusal;
                }
                results.put(line.number(), BulkResult.refused(line, refusal));
            }
        }
        flush(writes);
        return results;
    }

    private void flush(Writes writes) {
        if (!writes.isEmpty()) {
            submissions.persist(writes);
            entityManager.flush();
        }
    }

    /**
     * Whether the line reads rows an earlier line of the chunk wrote and that are not flushed yet: the idempotency
     * record of its key, and the revision that record names. (Reports, revisions and the roster it reads from
     * {@link PrefetchedReports}, which knows what the lines before it stored.)
     */
    private static boolean readsWhatIsPending(BulkLine line, Caller caller, Set<String> written) {
        return line.idempotencyKey() != null && written.contains(ReportIntake.keyValue(caller, line.idempotencyKey()));
    }

    private static List<String> touched(BulkLine line, Caller caller) {
        return line.idempotencyKey() == null ? List.of()
                : List.of(ReportIntake.keyValue(caller, line.idempotencyKey()));
    }

    /** One line as a single submission: its own transaction. */
    private BulkResult alone(BulkLine line, Caller caller, ValidationMode mode, String target) {
        try {
            Stored stored = intake.submit(line.report(), caller, mode, line.ifMatch(), line.idempotencyKey(), target,
                    null, line.changeReason());
            return BulkResult.stored(line, stored);
        } catch (RuntimeException refusal) {
            if (DomainProblems.of(refusal).isEmpty()) {
                LOG.errorf(refusal, "bulk: line %d could not be stored", line.number());
            }
            return BulkResult.refused(line, refusal);
        }
    }
}
