package gov.disclosure.rollups.aggregation;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.rollups.domain.Contribution;
import gov.disclosure.rollups.domain.RollupChanges;
import gov.disclosure.rollups.storage.AppliedReport;
import gov.disclosure.rollups.storage.RollupStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Applies one event: if its revision is newer than the one applied for the agency and year, the rollups move from
 * the old revision's numbers to the new one's, and the new revision is recorded as applied, in one transaction.
 * An event whose revision is not newer (a duplicate, a replay, a late arrival) changes nothing.
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
        Contribution before = applied == null ? null : applied.contribution();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        store.add(changes.between(before, AppliedReport.contribution(event)), now);
        if (applied == null) {
            applied = new AppliedReport();
            applied.record(event, now);
            applied.persist();
        } else {
            applied.record(event, now);
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
}
