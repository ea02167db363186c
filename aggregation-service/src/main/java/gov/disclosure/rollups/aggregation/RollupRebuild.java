package gov.disclosure.rollups.aggregation;

import gov.disclosure.http.DatabaseUnavailable;
import gov.disclosure.region.Regions;
import gov.disclosure.rollups.domain.Contribution;
import gov.disclosure.rollups.domain.RebuildTotals;
import gov.disclosure.rollups.storage.AppliedStore;
import gov.disclosure.rollups.storage.RollupStore;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes every rollup from the latest applied revision of every report, read in the order of their regions so
 * that only the rollups still open are held ({@link RebuildTotals}): a country's history rebuilds in a small heap.
 * Events arriving meanwhile wait for it, and then apply on top. (To rebuild from the topic instead, see
 * deploy/README.md: reset the consumer group's offsets to the earliest and empty both tables.)
 */
@ApplicationScoped
public class RollupRebuild {

    private static final Logger LOG = Logger.getLogger(RollupRebuild.class);
    /** Rollups written per statement: a few MB of sums. */
    private static final int BATCH_SIZE = 500;

    /**
     * What a rebuild found: the published reports it summed, the rollups it wrote, and the reports whose numbers
     * were stored out of bounds (before events were bounded) and were summed with their decimals rounded.
     */
    public record Result(long reports, int rollups, List<String> rounded) {
    }

    private final Regions regions;
    private final RollupStore store;
    private final AppliedStore applied;
    /** Whether this run has seen to a rebuild a migration asked for. */
    private volatile boolean checked;

    public RollupRebuild(Regions regions, RollupStore store, AppliedStore applied) {
        this.regions = regions;
        this.store = store;
        this.applied = applied;
    }

    @Transactional
    public Result rebuild() {
        store.lockForRebuild();
        return rebuildLocked();
    }

    /**
     * Once after a migration that changed what rollups hold (see rollup_maintenance); replicas wait on the lock. With
     * the database unreachable at start, the service starts anyway (readiness says it is down) and the first event
     * applied does it ({@link #rebuildIfNeeded()}).
     */
    void rebuildIfNeeded(@Observes StartupEvent startup) {
        try {
            check();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            LOG.warnf("database unreachable at start (%s): a pending rebuild runs before the first event is applied",
                    e.getMessage());
        }
    }

    /** Rebuilds if a migration asked for it and that was not yet seen to since the start: cheap once it was. */
    public void rebuildIfNeeded() {
        if (!checked) {
            check();
        }
    }

    @Transactional
    void check() {
        store.lockForRebuild();
        if (store.rebuildNeeded()) {
            rebuildLocked();
        }
        checked = true;
    }

    private Result rebuildLocked() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        store.deleteAll();
        int[] rollups = {0};
        RebuildTotals totals = new RebuildTotals(regions, BATCH_SIZE, batch -> {
            store.insert(batch, now);
            rollups[0] += batch.size();
        });
        long[] reports = {0};
        List<String> rounded = new ArrayList<>();
        applied.forEach((report, review) -> {
            Contribution contribution = report.contribution(review);
            if (contribution != null) {
                totals.add(contribution);
                reports[0]++;
                if (!report.numbersWithinBounds()) {
                    rounded.add("%s/%d revision %d".formatted(report.agencyId, report.year, report.revision));
                }
            }
        });
        totals.finish();
        store.rebuilt();
        LOG.infof("rebuilt %d rollups from %d published reports (%d with numbers rounded into bounds: %s)",
                rollups[0], reports[0], rounded.size(), rounded);
        return new Result(reports[0], rollups[0], List.copyOf(rounded));
    }
}
