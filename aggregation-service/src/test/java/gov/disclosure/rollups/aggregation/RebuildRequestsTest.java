package gov.disclosure.rollups.aggregation;

import gov.disclosure.access.Role;
import gov.disclosure.rollups.Rebuilds;
import gov.disclosure.rollups.storage.Rollup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import gov.disclosure.testing.Tokens;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static gov.disclosure.rollups.Events.agency;
import static gov.disclosure.rollups.Events.awaitApplied;
import static gov.disclosure.rollups.Events.published;
import static gov.disclosure.rollups.Events.send;
import static gov.disclosure.rollups.Events.unusedYear;
import static gov.disclosure.rollups.Rebuilds.REBUILD;
import static gov.disclosure.rollups.Rollups.rollup;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

/**
 * An admin's rebuild runs in the background: asking answers at once, even while another rebuild holds the lock (a
 * country's takes minutes, longer than a proxy waits), and the rebuild asked for follows it; a rebuild that fails says
 * why and changes nothing.
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

    @Test
    void aRebuildThatFailsSaysWhyAndLeavesTheRollupsAsTheyWere() {
        int year = unusedYear();
        String agency = agency("unreadable");
        send(published(agency, "410482", year, 1, 5));
        awaitApplied(agency, year, 1);
        String numbers = storedNumbers(agency, year);
        setStoredNumbers(agency, year, "{\"applications.newlyReceived.total\": \"not a number\"}");
        try {
            Instant requested = Instant.parse(given().post(REBUILD).then().statusCode(202)
                    .extract().jsonPath().getString("requestedAt"));

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                    "FAILED".equals(given().get(REBUILD).then().statusCode(200).extract().path("state")));
            JsonPath failed = given().get(REBUILD).then().extract().jsonPath();
            assertTrue(!Instant.parse(failed.getString("failedAt")).isBefore(requested), failed.prettify());
            assertTrue(failed.getString("failure") != null && !failed.getString("failure").isBlank(), failed.prettify());
            rollup("410482", year, "all").body("reportCount", is(1))
                    .body("applications.newlyReceived.total", is(5));
        } finally {
            setStoredNumbers(agency, year, numbers);
        }

        JsonPath done = Rebuilds.requestAndAwait();
        assertEquals("DONE", done.getString("state"));
        rollup("410482", year, "all").body("reportCount", is(1)).body("applications.newlyReceived.total", is(5));
    }

    @Test
    void anAdminWhoseSubjectIsLongerThanTheColumnStillAsks() {
        String subject = "admin-" + "x".repeat(300);
        String token = Tokens.signed(Jwt.issuer(Tokens.ISSUER).subject(subject).groups(Set.of(Role.ADMIN))
                .expiresIn(3600));

        given().noFilters().auth().oauth2(token).post(REBUILD).then().statusCode(202)
                .body("requestedBy", is(subject.substring(0, 255)));
    }

    private static String storedNumbers(String agency, int year) {
        return QuarkusTransaction.requiringNew().call(() -> (String) Rollup.getEntityManager()
                .createNativeQuery("select cast(numbers as text) from applied_report where agency_id = ?1 and year = ?2")
                .setParameter(1, agency).setParameter(2, year).getSingleResult());
    }

    private static void setStoredNumbers(String agency, int year, String numbers) {
        QuarkusTransaction.requiringNew().run(() -> Rollup.getEntityManager()
                .createNativeQuery("update applied_report set numbers = cast(?1 as jsonb) where agency_id = ?2 and year = ?3")
                .setParameter(1, numbers).setParameter(2, agency).setParameter(3, year).executeUpdate());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
