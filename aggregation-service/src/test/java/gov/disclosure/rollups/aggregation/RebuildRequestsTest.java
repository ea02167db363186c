package gov.disclosure.rollups.aggregation;

import gov.disclosure.rollups.Rebuilds;
import gov.disclosure.rollups.storage.Rollup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static gov.disclosure.rollups.Rebuilds.REBUILD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An admin's rebuild runs in the background: asking answers at once, even while another rebuild holds the lock (a
 * country's takes minutes, longer than a proxy waits), and the rebuild asked for follows it.
 */
@QuarkusTest
class RebuildRequestsTest {

    @Test
    void askingWhileARebuildRunsAnswersAtOnceAndTheRebuildFollowsIt() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            // the lock a rebuild holds while it runs
            Rollup.getEntityManager().createNativeQuery("lock table rollup in exclusive mode").executeUpdate();
            locked.countDown();
            awaitQuietly(release);
        }));
        assertTrue(locked.await(30, TimeUnit.SECONDS), "the stand-in rebuild took the lock");
        Instant requested;
        try {
            long start = System.nanoTime();
            JsonPath asked = given().post(REBUILD).then().statusCode(202)
                    .body("state", is("RUNNING"))
                    .body("requestedBy", is("admin-console"))
                    .extract().jsonPath();
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "answered without waiting");
            requested = Instant.parse(asked.getString("requestedAt"));
            given().get(REBUILD).then().statusCode(200).body("state", is("RUNNING"));
        } finally {
            release.countDown();
            running.get(30, TimeUnit.SECONDS);
        }

        JsonPath done = Rebuilds.awaitAnswered(requested);

        assertEquals("admin-console", done.getString("requestedBy"));
        assertTrue(done.getLong("reports") >= 0 && done.getInt("rollups") >= 0, done.prettify());
        assertTrue(!Instant.parse(done.getString("finishedAt")).isBefore(Instant.parse(done.getString("startedAt"))));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
