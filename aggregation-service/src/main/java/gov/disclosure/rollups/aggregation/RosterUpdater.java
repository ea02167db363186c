package gov.disclosure.rollups.aggregation;

import gov.disclosure.roster.RosterEntry;
import gov.disclosure.rollups.storage.RosterAgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Keeps the copy of the roster: an entry applies only if its version is newer than the one applied. */
@ApplicationScoped
public class RosterUpdater {

    private final EntityManager entityManager;

    public RosterUpdater(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public RollupUpdater.Outcome apply(RosterEntry entry) {
        entityManager.createNativeQuery("select cast(pg_advisory_xact_lock(hashtext(?1)) as varchar)")
                .setParameter(1, "roster " + entry.agencyId()).getSingleResult();
        RosterAgency agency = RosterAgency.findById(entry.agencyId());
        if (agency != null && entry.version() <= agency.version) {
            return RollupUpdater.Outcome.ALREADY_APPLIED;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (agency == null) {
            agency = new RosterAgency();
            agency.record(entry, now);
            agency.persist();
        } else {
            agency.record(entry, now);
        }
        return RollupUpdater.Outcome.APPLIED;
    }
}
