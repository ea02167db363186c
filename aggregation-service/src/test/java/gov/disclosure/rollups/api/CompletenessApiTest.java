package gov.disclosure.rollups.api;

import gov.disclosure.roster.AgencyKind;
import gov.disclosure.roster.RosterEntry;
import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static gov.disclosure.rollups.Events.agency;
import static gov.disclosure.rollups.Events.awaitApplied;
import static gov.disclosure.rollups.Events.awaitRostered;
import static gov.disclosure.rollups.Events.published;
import static gov.disclosure.rollups.Events.rostered;
import static gov.disclosure.rollups.Events.send;
import static gov.disclosure.rollups.Events.unusedYear;
import static gov.disclosure.rollups.Events.withdrawn;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Completeness from the roster and the reports as they cross Kafka. Each test's agencies exist only in a year of
 * its own, so that the figures of a region are its own.
 */
@QuarkusTest
class CompletenessApiTest {

    private static final String COMPLETENESS = "/api/v1/completeness/{region}/{year}";

    @Test
    void whoReportedOnTimeLateOrNotAtAllAndWhoIsNotOnTheRoster() {
        int year = unusedYear();
        String next = String.valueOf(year + 1);
        String government = agency("410482-szf");
        String onTime = agency("410482-jyj");
        String late = agency("410482-gaj");
        String silent = agency("410482-sfj");
        String withdrawnOne = agency("410482-mzj");
        String stranger = agency("410482-stranger");
        String city = agency("410400-jyj");
        roster(year, government, "汝州市人民政府", "410482", AgencyKind.GOVERNMENT);
        roster(year, onTime, "汝州市教育局", "410482", AgencyKind.DEPARTMENT);
        roster(year, late, "汝州市公安局", "410482", AgencyKind.DEPARTMENT);
        roster(year, silent, "汝州市司法局", "410482", AgencyKind.DEPARTMENT);
        roster(year, withdrawnOne, "汝州市民政局", "410482", AgencyKind.DEPARTMENT);
        roster(year, city, "平顶山市教育局", "410400", AgencyKind.DEPARTMENT);

        send(published(government, "410482", year, 1, 1, next + "-03-20"),
                published(onTime, "410482", year, 1, 1, next + "-01-20"),
                published(late, "410482", year, 1, 1, next + "-02-05"),
                published(withdrawnOne, "410482", year, 1, 1, next + "-01-10"),
                withdrawn(withdrawnOne, "410482", year, 2, 1),
                published(stranger, "410482", year, 1, 1, next + "-01-30"),
                published(city, "410400", year, 1, 1, next + "-01-05"));
        for (String agency : new String[] {government, onTime, late, stranger, city}) {
            awaitApplied(agency, year, 1);
        }
        awaitApplied(withdrawnOne, year, 2);

        completeness("410482", year, "own", next + "-04-01")
                .body("regionName", is("汝州市")).body("scope", is("own")).body("asOf", is(next + "-04-01"))
                .body("totals.expected", is(5)).body("totals.received", is(3)).body("totals.onTime", is(2))
                .body("totals.late", is(1)).body("totals.missing", is(2)).body("totals.unrostered", is(1))
                .body("byKind.GOVERNMENT.onTime", is(1)).body("byKind.DEPARTMENT.missing", is(2))
                .body("agencies.agencyId", contains(late, onTime, withdrawnOne, silent, stranger, government))
                .body("agencies.standing", contains("LATE", "ON_TIME", "MISSING", "MISSING", "UNROSTERED", "ON_TIME"))
                .body("agencies[0].daysLate", is(5)).body("agencies[0].deadline", is(next + "-01-31"))
                .body("agencies[5].deadline", is(next + "-03-31"))
                .body("agencies[3].daysLate", is(daysBetween(next + "-01-31", next + "-04-01")))
                .body("agencies[3].publishedOn", nullValue())
                .body("agencies[4].kind", nullValue()).body("agencies[4].reviewStatus", is("PENDING"));
        completeness("410400", year, "all", next + "-04-01")
                .body("totals.expected", is(6)).body("totals.received", is(4)).body("totals.onTime", is(3));
        completeness("410400", year, "own", next + "-04-01")
                .body("totals.expected", is(1)).body("agencies.agencyId", contains(city));
        completeness("410482", year, "own", next + "-01-25")
                .body("totals.received", is(1)).body("totals.late", is(0))
                .body("agencies.find { it.agencyId == '%s' }.daysLate".formatted(silent), nullValue());
    }

    @Test
    void eachSubRegionHasItsFiguresAndTheyComeAsCsvTooWhereANameIsNeverAFormula() {
        int year = unusedYear();
        String next = String.valueOf(year + 1);
        String ruzhou = agency("410482-tjj");
        String wugang = agency("410482-x");
        roster(year, ruzhou, "汝州市统计局", "410482", AgencyKind.DEPARTMENT);
        roster(year, wugang, "=舞钢市统计局", "410481", AgencyKind.DEPARTMENT);
        send(published(ruzhou, "410482", year, 1, 1, next + "-02-01"));
        awaitApplied(ruzhou, year, 1);

        given().queryParam("scope", "all").queryParam("asOf", next + "-03-01")
                .get(COMPLETENESS + "/children", "410400", year).then().statusCode(200)
                .body("find { it.regionCode == '410482' }.totals.late", is(1))
                .body("find { it.regionCode == '410481' }.totals.missing", is(1))
                .body("find { it.regionCode == '410402' }.totals.expected", is(0))
                .body("[0].agencies", nullValue());

        String csv = given().accept("text/csv").queryParam("scope", "all").queryParam("asOf", next + "-03-01")
                .get(COMPLETENESS, "410400", year).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(
                "agencyId,name,kind,regionCode,standing,deadline,publishedOn,daysLate,reviewStatus\r\n"
                        + wugang + ",'=舞钢市统计局,DEPARTMENT,410481,MISSING," + next + "-01-31,,"
                        + daysBetween(next + "-01-31", next + "-03-01") + ",\r\n"
                        + ruzhou + ",汝州市统计局,DEPARTMENT,410482,LATE," + next + "-01-31," + next + "-02-01,1,PENDING\r\n",
                csv);
        given().accept("text/csv").queryParam("asOf", next + "-03-01")
                .get(COMPLETENESS + "/children", "410400", year).then().statusCode(200)
                .body(containsString("410482,汝州市,1,1,0,1,0,0\r\n"));
    }

    @Test
    void rosterChangesCountAsTheyArriveAndOldVersionsChangeNothing() {
        int year = unusedYear();
        String next = String.valueOf(year + 1);
        String merged = agency("410482-ly");
        String created = agency("410482-new");
        roster(year, merged, "汝州市林业局", "410482", AgencyKind.DEPARTMENT);
        completeness("410482", year, "own", next + "-04-01").body("agencies.agencyId", contains(merged));

        RosterEntry retired = new RosterEntry(merged, "汝州市林业局", "410482", AgencyKind.DEPARTMENT, null,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), 2, Instant.now());
        RosterEntry createdMidYear = new RosterEntry(created, "汝州市自然资源和规划局", "410482", AgencyKind.DEPARTMENT,
                null, LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), 1, Instant.now());
        RosterEntry stale = rostered(merged, "汝州市林业局", "410482", AgencyKind.DEPARTMENT, null, null);
        RosterEntry again = new RosterEntry(merged, retired.name(), retired.regionCode(), retired.kind(), null,
                retired.activeFrom(), retired.activeTo(), 3, Instant.now());
        send(retired, createdMidYear, stale, again);
        awaitRostered(created, 1);
        awaitRostered(merged, 3); // after the stale version 1, on the same partition

        completeness("410482", year, "own", next + "-04-01")
                .body("agencies.agencyId", contains(created)).body("totals.missing", is(1));
    }

    @Test
    void aRegionsExtensionMovesItsDeadline() {
        String agency = agency("650102-jyj");
        send(new RosterEntry(agency, "天山区教育局", "650102", AgencyKind.DEPARTMENT, null, LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31), 1, Instant.now()));
        awaitRostered(agency, 1);
        send(published(agency, "650102", 2023, 1, 1, "2024-02-20"));
        awaitApplied(agency, 2023, 1);

        completeness("650000", 2023, "all", "2024-04-01")
                .body("agencies.find { it.agencyId == '%s' }.deadline".formatted(agency), is("2024-02-28"))
                .body("agencies.find { it.agencyId == '%s' }.standing".formatted(agency), is("ON_TIME"));
    }

    @Test
    void viewersAndTheRegionsReviewersSeeTheFiguresOthersDoNot() {
        String path = "/api/v1/completeness/410482/2024";
        given().header("Authorization", "Bearer " + Tokens.viewer()).get(path).then().statusCode(200)
                .body(not(containsString("comments")));
        given().header("Authorization", "Bearer " + Tokens.reviewer("410400")).get(path).then().statusCode(200);
        given().header("Authorization", "Bearer " + Tokens.reviewer("410100")).get(path).then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.submitter("410482", "410482-szfb")).get(path).then()
                .statusCode(403);
        given().get("/api/v1/completeness/999999/2024").then().statusCode(404);
        given().queryParam("asOf", "1.4.2025").get(path).then().statusCode(400)
                .body("errors[0].parameter", is("asOf"));
        given().queryParam("scope", "mine").get(path).then().statusCode(400);
    }

    private static int daysBetween(String from, String to) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static ValidatableResponse completeness(String region, int year, String scope, String asOf) {
        return given().queryParam("scope", scope).queryParam("asOf", asOf).get(COMPLETENESS, region, year)
                .then().statusCode(200);
    }

    /** An agency that exists only in {@code year}, as the roster says. */
    private static void roster(int year, String agencyId, String name, String region, AgencyKind kind) {
        send(rostered(agencyId, name, region, kind, year + "-01-01", year + "-12-31"));
        awaitRostered(agencyId, 1);
    }
}
