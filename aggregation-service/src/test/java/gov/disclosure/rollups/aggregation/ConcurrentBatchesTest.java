package gov.disclosure.rollups.aggregation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static gov.disclosure.rollups.Events.agency;
import static gov.disclosure.rollups.Events.appliedRevision;
import static gov.disclosure.rollups.Events.published;
import static gov.disclosure.rollups.Events.unusedYear;
import static gov.disclosure.rollups.Rollups.rollup;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two batches with events of one report at once (a rebalance hands its partition over while a batch is being
 * applied): the second waits for the first to commit and applies on top of what it applied, never beside it.
 */
@QuarkusTest
class ConcurrentBatchesTest {

    @Inject
    RollupUpdater updater;

    @Inject
    EntityManager entityManager;

    @Test
    void aBatchWaitsForAnotherApplyingTheSameReportAndAppliesOnTopOfIt() throws Exception {
        int year = unusedYear();
        String agency = agency("410482-concurrent");
        CountDownLatch firstApplied = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            updater.apply(published(agency, "410482", year, 1, 5));
            firstApplied.countDown();
            awaitQuietly(commitFirst);
        }));
        firstApplied.await();
        CompletableFuture<Void> second = CompletableFuture.runAsync(
                () -> updater.apply(published(agency, "410482", year, 2, 7)));
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingForTheLock(year));
        commitFirst.countDown();
        first.join();
        second.join();

        assertEquals(2, appliedRevision(agency, year));
        rollup("410482", year, "own").body("reportCount", is(1))
                .body("applications.newlyReceived.total", is(7));
    }

    /** Whether a transaction waits for the lock of an agency's report of this year. */
    private boolean waitingForTheLock(int year) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from pg_locks where locktype = 'advisory' and not granted and objid = ?1")
                .setParameter(1, year).getSingleResult()).intValue() > 0);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
