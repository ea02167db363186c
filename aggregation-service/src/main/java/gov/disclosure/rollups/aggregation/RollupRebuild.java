package gov.disclosure.rollups.aggregation;

import gov.disclosure.http.DatabaseUnavailable;
import gov.disclosure.region.Regions;
import gov.disclosure.rollups.domain.Contribution;
import gov.disclosure.rollups.domain.RebuildTotals;
import gov.disclosure.rollups.storage.AppliedStore;
import gov.disclosure.rollups.storage.RebuildRecord;
import gov.disclosure.rollups.storage.RollupStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Recomputes every rollup from the latest applied revision of every report, read in the order of their regions so
 * that only the rollups still open are held ({@link RebuildTotals}): a country's history rebuilds in a small heap.
 * Events arriving meanwhile wait for it, and then apply on top. An admin's rebuild runs in the background, one at a
 * time per replica, and replicas wait on each other's lock: asking answers at once, whatever is running
 * ({@link #request}). (To rebuild from the topic instead, see deploy/README.md: reset the consumer group's offsets to
 * the earliest and empty both tables.)
 */
@ApplicationScoped
public class RollupRebuild {

    private static final Logger LOG = Logger.getLogger(RollupRebuild.class);
    /** Rollups written per statement: a few MB of sums. */
    private static final int BATCH_SIZE = 500;
    /**
     * A rebuild's transaction may last an hour: a country's takes minutes (README, "Measuring"), and the default
     * timeout (60 s) would roll it back, at every start.
     */
    private static final int REBUILD_TIMEOUT_SECONDS = 3600;

    private final Regions regions;
    private final RollupStore store;
    private final AppliedStore applied;
    private final RebuildRecord record;
    /** Runs the rebuilds asked for, one at a time. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rollup-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    /** Whether a rebuild is queued and has not begun: the requests made meanwhile need no other. */
    private final AtomicBoolean queued = new AtomicBoolean();
    /** Whether this run has seen to a rebuild a migration asked for. */
    private volatile boolean checked;

    public RollupRebuild(Regions regions, RollupStore store, AppliedStore applied, RebuildRecord record) {
        this.regions = regions;
        this.store = store;
        this.applied = applied;
        this.record = record;
    }

    /**
     * Records that {@code by} asks for a rebuild and has it run in the background, after any in progress. A rebuild
     * answers every request made before it took its lock, so requests made during one cost one more rebuild at most.
     * Should this replica stop first, the next start of any replica runs it ({@link #rebuildIfNeeded(StartupEvent)}).
     */
    public void request(String by) {
        QuarkusTransaction.requiringNew().run(() -> record.request(by));
        if (queued.compareAndSet(false, true)) {
            worker.execute(this::runRequested);
        }
    }

    /** How the rebuilds asked for stand. */
    @Transactional
    public RebuildRecord.Stored status() {
        return record.read();
    }

    private void runRequested() {
        queued.set(false);
        try {
            QuarkusTransaction.requiringNew().timeout(REBUILD_TIMEOUT_SECONDS).run(() -> {
                store.lockForRebuild();
                if (record.requested()) {
                    rebuildLocked(record.now());
                }
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "the rollup rebuild asked for failed");
            try {
                QuarkusTransaction.requiringNew().run(() -> record.failed(String.valueOf(e.getMessage())));
            } catch (RuntimeException unrecorded) {
                LOG.warnf("could not record the rebuild's failure: %s", unrecorded.getMessage());
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
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
    @TransactionConfiguration(timeout = REBUILD_TIMEOUT_SECONDS)
    void check() {
        store.lockForRebuild();
        if (store.rebuildNeeded() || record.requested()) {
            rebuildLocked(record.now());
        }
        checked = true;
    }

    /**
     * Rebuilds under the lock, and records what it found: the published reports it summed, the rollups it wrote, and
     * the reports whose numbers were stored out of bounds (before events were bounded) and were summed rounded.
     */
    private void rebuildLocked(Instant startedAt) {
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
        record.finished(startedAt, reports[0], rollups[0], rounded);
        LOG.infof("rebuilt %d rollups from %d published reports (%d with numbers rounded into bounds: %s)",
                rollups[0], reports[0], rounded.size(), rounded);
    }
}
