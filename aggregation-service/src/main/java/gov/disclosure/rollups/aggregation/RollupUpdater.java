package gov.disclosure.rollups.aggregation;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.review.ReviewDecided;
import gov.disclosure.rollups.domain.Contribution;
import gov.disclosure.rollups.domain.RollupChanges;
import gov.disclosure.rollups.storage.AppliedReport;
import gov.disclosure.rollups.storage.AppliedReview;
import gov.disclosure.rollups.storage.RollupStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Applies one event to an agency's report of a year, in one transaction: the rollups move from what the report
 * contributed before to what it contributes after. A revision applies only if it is newer than the one applied; a
 * review decision only if it is newer than the decision applied, and it counts only while the revision it judged
 * is the one applied (a newer revision is pending again). Anything older (a duplicate, a replay, a late arrival)
 * changes nothing.
 */
@ApplicationScoped
public class RollupUpdater {

    public enum Outcome { APPLIED, ALREADY_APPLIED }

    private final EntityManager entityManager;
    private final RollupChanges changes;
    private final RollupStore store;

    public RollupUpdater(EntityManager entityManager, RollupChanges changes, RollupStore store) {
        this.entityManager = entityManager;
        this.changes = changes;
        this.store = store;
    }

    @Transactional
    public Outcome apply(ReportPublished event) {
        lock(event.agencyId(), event.year());
        AppliedReport applied = AppliedReport.find(event.agencyId(), event.year());
        if (applied != null && event.revision() <= applied.revision) {
            return Outcome.ALREADY_APPLIED;
        }
        AppliedReview review = AppliedReview.find(event.agencyId(), event.year());
        Contribution before = applied == null ? null : applied.contribution(review);
        Instant now = now();
        if (applied == null) {
            applied = new AppliedReport();
            applied.record(event, now);
            applied.persist();
        } else {
            applied.record(event, now);
        }
        store.add(changes.between(before, applied.contribution(review)), now);
        return Outcome.APPLIED;
    }

    @Transactional
    public Outcome apply(ReviewDecided decided) {
        lock(decided.agencyId(), decided.year());
        AppliedReview review = AppliedReview.find(decided.agencyId(), decided.year());
        if (review != null && decided.sequence() <= review.sequence) {
            return Outcome.ALREADY_APPLIED;
        }
        AppliedReport applied = AppliedReport.find(decided.agencyId(), decided.year());
        Contribution before = applied == null ? null : applied.contribution(review);
        Instant now = now();
        if (review == null) {
            review = new AppliedReview();
            review.record(decided, now);
            review.persist();
        } else {
            review.record(decided, now);
        }
        if (applied != null) {
            store.add(changes.between(before, applied.contribution(review)), now);
        }
        return Outcome.APPLIED;
    }

    /** Serializes the events of one agency and year, also when a rebalance hands a partition over mid-flight. */
    private void lock(String agencyId, int year) {
        entityManager.createNativeQuery("select cast(pg_advisory_xact_lock(hashtext(?1), ?2) as varchar)")
                .setParameter(1, agencyId)
                .setParameter(2, year)
                .getSingleResult();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
