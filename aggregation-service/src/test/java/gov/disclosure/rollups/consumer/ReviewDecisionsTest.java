package gov.disclosure.rollups.consumer;

import gov.disclosure.review.ReviewDecision;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static gov.disclosure.rollups.Events.agency;
import static gov.disclosure.rollups.Events.awaitApplied;
import static gov.disclosure.rollups.Events.awaitDecided;
import static gov.disclosure.rollups.Events.decided;
import static gov.disclosure.rollups.Events.published;
import static gov.disclosure.rollups.Events.publishedWithViolations;
import static gov.disclosure.rollups.Events.send;
import static gov.disclosure.rollups.Events.unusedYear;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

/**
 * Review decisions cross Kafka on report-published: the accepted-basis rollups hold exactly the reports whose
 * applied revision a reviewer accepted, and excludeViolations leaves out those that break a rule. Every number of a
 * test report is the same value, so the sums are easy to work out by hand.
 */
@QuarkusTest
class ReviewDecisionsTest {

    @Test
    void acceptedReportsMakeTheAcceptedRollupsAndANewRevisionLeavesThemUntilAcceptedAgain() {
        int year = unusedYear();
        String valid = agency("410482-valid");
        String broken = agency("410482-broken");
        publishValidAndBroken(valid, broken, year);
        rollup("410400", year, "accepted", false).body("reportCount", is(0));

        send(decided(valid, "410482", year, 1, 1, ReviewDecision.ACCEPTED),
                decided(broken, "410482", year, 1, 1, ReviewDecision.ACCEPTED));
        awaitDecided(valid, year, 1);
        awaitDecided(broken, year, 1);
        // by hand: accepted 7 + 11 = 18; of them without violations 7; received without violations 7
        rollup("410400", year, "accepted", false).body("reportCount", is(2))
                .body("reportsWithViolations", is(1)).body("applications.newlyReceived.total", is(18))
                .body("basis", is("accepted")).body("excludeViolations", is(false));
        rollup("410400", year, "accepted", true).body("reportCount", is(1))
                .body("reportsWithViolations", is(0)).body("applications.newlyReceived.total", is(7));
        rollup("000000", year, "received", true).body("reportCount", is(1)).body("applications.newlyReceived.total", is(7));
        rollup("000000", year, "received", false).body("reportCount", is(2)).body("applications.newlyReceived.total", is(18));

        send(published(valid, "410482", year, 2, 5));
        send(decided(broken, "410482", year, 1, 2, ReviewDecision.RETURNED));
        awaitApplied(valid, year, 2);
        awaitDecided(broken, year, 2);
        rollup("410482", year, "accepted", false).body("reportCount", is(0)).body("applications.newlyReceived.total", is(0));
        rollup("410482", year, "received", false).body("reportCount", is(2)).body("applications.newlyReceived.total", is(16));

        send(decided(valid, "410482", year, 2, 2, ReviewDecision.ACCEPTED));
        awaitDecided(valid, year, 2);
        rollup("410000", year, "accepted", false).body("reportCount", is(1)).body("applications.newlyReceived.total", is(5));
        given().queryParam("basis", "accepted").get("/api/v1/rollups/410400/{year}/reports", year).then()
                .statusCode(200).body("items.agencyId", contains(valid)).body("items.revision", contains(2));
    }

    @Test
    void anOlderDecisionChangesNothingAndADecisionAheadOfItsRevisionWaitsForIt() {
        int year = unusedYear();
        String agency = agency("411600-ahead");
        send(published(agency, "411600", year, 1, 3));
        awaitApplied(agency, year, 1);

        send(decided(agency, "411600", year, 2, 2, ReviewDecision.ACCEPTED),
                decided(agency, "411600", year, 1, 1, ReviewDecision.ACCEPTED));
        awaitDecided(agency, year, 2);
        rollup("411600", year, "accepted", false).body("reportCount", is(0));

        send(published(agency, "411600", year, 2, 4));
        awaitApplied(agency, year, 2);
        rollup("411600", year, "accepted", false).body("reportCount", is(1)).body("applications.newlyReceived.total", is(4));
    }

    @Test
    void listsOfRollupsCountTheReportsBreakingARuleUnlessTheyAreLeftOut() {
        int year = unusedYear();
        publishValidAndBroken(agency("410482-listed"), agency("410482-listed-broken"), year);

        // by hand: every report 7 + 11 = 18; without violations 7
        for (boolean excludeViolations : new boolean[] {false, true}) {
            int reports = excludeViolations ? 1 : 2;
            int total = excludeViolations ? 7 : 18;
            given().queryParam("scope", "all").queryParam("excludeViolations", excludeViolations)
                    .get("/api/v1/rollups/410400/{year}/children", year).then().statusCode(200)
                    .body("find { it.regionCode == '410482' }.reportCount", is(reports))
                    .body("find { it.regionCode == '410482' }.applications.newlyReceived.total", is(total));
            given().queryParam("scope", "all").queryParam("excludeViolations", excludeViolations)
                    .queryParam("from", year).queryParam("to", year)
                    .get("/api/v1/rollups/410000").then().statusCode(200)
                    .body("[0].reportCount", is(reports)).body("[0].applications.newlyReceived.total", is(total))
                    .body("[0].reportsWithViolations", is(excludeViolations ? 0 : 1));
        }
    }

    @Test
    void theVariantsAreAskedForByName() {
        given().queryParam("basis", "approved").get("/api/v1/rollups/410000/2024").then().statusCode(400)
                .body("errors[0].parameter", is("basis"));
        given().queryParam("excludeViolations", "yes").get("/api/v1/rollups/410000/2024").then().statusCode(400)
                .body("errors[0].parameter", is("excludeViolations"));
    }

    /** Two reports of 410482 applied: one whose numbers are all 7, one breaking two rules whose numbers are all 11. */
    private static void publishValidAndBroken(String valid, String broken, int year) {
        send(published(valid, "410482", year, 1, 7), publishedWithViolations(broken, "410482", year, 1, 11, 2));
        awaitApplied(valid, year, 1);
        awaitApplied(broken, year, 1);
    }

    private static ValidatableResponse rollup(String region, int year, String basis, boolean excludeViolations) {
        return given().queryParam("scope", "all").queryParam("basis", basis)
                .queryParam("excludeViolations", excludeViolations)
                .get("/api/v1/rollups/{region}/{year}", region, year).then().statusCode(200);
    }
}
