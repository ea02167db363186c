package gov.disclosure.rollups.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gov.disclosure.rollups.Events.agency;
import static gov.disclosure.rollups.Events.awaitApplied;
import static gov.disclosure.rollups.Events.published;
import static gov.disclosure.rollups.Events.send;
import static gov.disclosure.rollups.Events.unusedYear;
import static gov.disclosure.rollups.Events.withdrawn;
import static gov.disclosure.rollups.Rollups.rollup;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RollupsApiTest {

    @Test
    void aRollupNamesItsRegionAndShowsTheReportShape() {
        int year = unusedYear();
        String agency = agency("shape");
        send(published(agency, "410400", year, 1, 2));
        awaitApplied(agency, year, 1);

        rollup("410400", year, "all")
                .body("regionCode", is("410400"))
                .body("regionName", is("平顶山市"))
                .body("level", is("CITY"))
                .body("year", is(year))
                .body("scope", is("all"))
                .body("reportCount", is(1))
                .body("lastChangedAt", notNullValue())
                .body("proactiveDisclosure.normativeDocuments.inForce", is(2))
                .body("applications.outcomes.withheld.stateSecret.researchInstitution", is(2))
                .body("reviewAndLitigation.litigationAfterReview.total", is(2));
    }

    @Test
    void aDashboardThatPollsIsAnswered304UntilTheRollupChanges() {
        int year = unusedYear();
        String agency = agency("poll");
        send(published(agency, "410400", year, 1, 2));
        awaitApplied(agency, year, 1);
        String etag = rollup("410400", year, "all")
                .header("Cache-Control", "public, no-cache")
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]+\""))
                .extract().header("ETag");

        given().header("If-None-Match", etag).get("/api/v1/rollups/410400/{year}", year).then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", "public, no-cache")
                .body(is(emptyString()));
        given().header("If-None-Match", "\"another\", " + etag).get("/api/v1/rollups/410400/{year}", year).then()
                .statusCode(304);
        given().header("If-None-Match", etag).queryParam("scope", "own").get("/api/v1/rollups/410400/{year}", year)
                .then().statusCode(200).header("ETag", not(etag));

        send(published(agency, "410400", year, 2, 3));
        awaitApplied(agency, year, 2);
        given().header("If-None-Match", etag).get("/api/v1/rollups/410400/{year}", year).then()
                .statusCode(200)
                .header("ETag", not(etag))
                .body("applications.newlyReceived.total", is(3));
    }

    @Test
    void aRollupNoReportIsInHasATagToo() {
        String etag = rollup("653226", 2024, "all").extract().header("ETag");

        given().header("If-None-Match", etag).get("/api/v1/rollups/653226/2024").then().statusCode(304);
        given().header("If-None-Match", etag).get("/api/v1/rollups/653226/2023").then().statusCode(200);
    }

    @Test
    void aRegionWithoutReportsIsAllZeros() {
        rollup("653226", 2024, "all")
                .body("regionName", is("于田县"))
                .body("reportCount", is(0))
                .body("lastChangedAt", nullValue())
                .body("applications.newlyReceived.total", is(0))
                .body("proactiveDisclosure.fees.amount", is(0));
    }

    @Test
    void scopeIsAllUnlessAskedForOwn() {
        given().get("/api/v1/rollups/000000/2024").then().statusCode(200).body("scope", is("all"))
                .body("regionName", is("全国")).body("level", is("COUNTRY"));
    }

    @Test
    void childrenAreTheDirectSubRegions() {
        int year = unusedYear();
        String agency = agency("child");
        send(published(agency, "410482", year, 1, 5));
        awaitApplied(agency, year, 1);

        given().get("/api/v1/rollups/410400/{year}/children", year).then()
                .statusCode(200)
                .body("regionCode", hasItem("410482"))
                .body("find { it.regionCode == '410482' }.reportCount", is(1))
                .body("find { it.regionCode == '410402' }.reportCount", is(0))
                .body("level", everyItem(is("COUNTY")));
        given().get("/api/v1/rollups/410482/{year}/children", year).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aSeriesHasOneEntryPerYear() {
        int first = unusedYear();
        int second = unusedYear();
        String agency = agency("series");
        send(published(agency, "411600", first, 1, 1), published(agency, "411600", second, 1, 3));
        awaitApplied(agency, second, 1);

        given().queryParam("from", first).queryParam("to", second + 1).get("/api/v1/rollups/411600").then()
                .statusCode(200)
                .body("year", contains(first, second, second + 1))
                .body("reportCount", contains(1, 1, 0))
                .body("applications.newlyReceived.total", contains(1, 3, 0));
    }

    @Test
    void aCountysWholeTerritoryIsItsOwnAgenciesInEveryYear() {
        int year = unusedYear();
        String agency = agency("county-series");
        send(published(agency, "410482", year, 1, 6));
        awaitApplied(agency, year, 1);

        List<Object> all = given().get("/api/v1/rollups/410482").then().statusCode(200)
                .body("year", hasItem(year)).body("scope", everyItem(is("all")))
                .extract().path("applications.newlyReceived.total");
        List<Object> own = given().queryParam("scope", "own").get("/api/v1/rollups/410482").then().statusCode(200)
                .body("year", hasItem(year)).extract().path("applications.newlyReceived.total");
        assertEquals(own, all);
        given().get("/api/v1/rollups/410482/{year}", year).then().statusCode(200)
                .body("reportCount", is(1)).body("applications.newlyReceived.total", is(6));
    }

    @Test
    void theReportsOfARollupAreItsAgenciesLatestRevisions() {
        int year = unusedYear();
        String county = agency("county");
        String city = agency("city");
        String withdrawnAgency = agency("withdrawn");
        send(published(county, "410482", year, 1, 1), published(county, "410482", year, 2, 1),
                published(city, "410400", year, 1, 1), published(withdrawnAgency, "410482", year, 1, 1),
                withdrawn(withdrawnAgency, "410482", year, 2, 1));
        awaitApplied(county, year, 2);
        awaitApplied(city, year, 1);
        awaitApplied(withdrawnAgency, year, 2);

        given().get("/api/v1/rollups/410400/{year}/reports", year).then()
                .statusCode(200)
                .body("items.agencyId", contains(city, county))
                .body("items.revision", contains(1, 2))
                .body("items[0].agencyName", is("测试局 " + city))
                .body("items[0].regionCode", is("410400"))
                .body("items[0].reportId", is(java.util.UUID.nameUUIDFromBytes(
                        (city + "/" + year).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString()))
                .body("items[0].violationCount", is(0))
                .body("totalItems", is(2));
        var listed = given().get("/api/v1/rollups/410400/{year}/reports", year).then().extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertFalse(java.time.Instant.parse(listed.getString("items[1].revisedAt"))
                .isAfter(java.time.Instant.parse(listed.getString("items[1].appliedAt"))), "revised, then applied");
        given().queryParam("scope", "own").get("/api/v1/rollups/410400/{year}/reports", year).then()
                .body("items.agencyId", is(List.of(city)));
        given().queryParams("page", 1, "size", 1).get("/api/v1/rollups/410400/{year}/reports", year).then()
                .body("items.agencyId", is(List.of(county)))
                .body("totalItems", is(2))
                .body("totalPages", is(2));
        given().queryParam("size", 101).get("/api/v1/rollups/410400/{year}/reports", year).then()
                .statusCode(400)
                .body("errors[0].parameter", is("size"));
    }

    @Test
    void theFrameworksOwnAnswersAreProblemsThatSayWhatWouldWork() {
        given().get("/api/v1/rollups/410000/2024/nothing").then()
                .statusCode(404).contentType("application/problem+json").body("type", is("/problems/not-found"));
        given().delete("/api/v1/rollups/410000/2024").then()
                .statusCode(405).contentType("application/problem+json").body("type", is("/problems/method-not-allowed"));
        given().accept("image/png").get("/api/v1/rollups/410000/2024").then()
                .statusCode(406).contentType("application/problem+json").body("offered", hasItem("application/json"));
        given().queryParam("scoep", "own").get("/api/v1/rollups/410000/2024").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].parameter", is("scoep"));
    }

    @Test
    void aCallerThatPrefersChineseGetsTheProblemInChinese() {
        given().header("Accept-Language", "zh-CN").get("/api/v1/rollups/419999/2024").then()
                .statusCode(404)
                .body("title", is("未找到"))
                .body("detail", containsString("419999"));
    }

    @Test
    void aLanguageHeaderThatCannotBeReadLeavesTheProblemInEnglish() {
        given().header("Accept-Language", "zz;q=abc").get("/api/v1/rollups/419999/2024").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("/problems/not-found"))
                .body("detail", containsString("419999"));
    }

    @Test
    void anUnknownRegionIsNotFound() {
        given().get("/api/v1/rollups/419999/2024").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("/problems/not-found"));
    }

    @Test
    void badParametersAreNamed() {
        given().queryParam("scope", "mine").get("/api/v1/rollups/410000/2024").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", is("scope"));
        given().get("/api/v1/rollups/410000/1999").then().statusCode(400).body("errors[0].parameter", is("year"));
        given().queryParam("from", 2024).queryParam("to", 2020).get("/api/v1/rollups/410000").then().statusCode(400);
    }
}
