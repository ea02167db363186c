package gov.disclosure.rollups.api;

import gov.disclosure.report.ReportStatus;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static gov.disclosure.rollups.Events.agency;
import static gov.disclosure.rollups.Events.awaitApplied;
import static gov.disclosure.rollups.Events.event;
import static gov.disclosure.rollups.Events.numbers;
import static gov.disclosure.rollups.Events.send;
import static gov.disclosure.rollups.Events.unusedYear;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class IndicatorsApiTest {

    @Test
    void theCatalogueDocumentsEveryIndicatorWithoutAToken() {
        given().noFilters().get("/api/v1/indicators").then()
                .statusCode(200)
                .body("id", hasItems("disclosureRate", "refusalRate", "unableToProvideRate", "carriedForwardShare",
                        "correctionRateReview", "correctionRateLitigation", "newlyReceivedChange"))
                .body("find { it.id == 'disclosureRate' }.denominator", contains("applications.outcomes.total.total"))
                .body("find { it.id == 'disclosureRate' }.label", is("公开率"));
    }

    @Test
    void aRollupsIndicatorsComeWithNumeratorDenominatorAndTheYearBefore() {
        int before = unusedYear();
        int year = unusedYear();
        org.junit.jupiter.api.Assumptions.assumeTrue(year == before + 1, "two years in a row, unused");
        String agency = agency("indicators");
        send(event(agency, "410400", year - 1, 1, ReportStatus.PUBLISHED, 0,
                        outcomes(1, 0, 2, 10)),
                event(agency, "410400", year, 1, ReportStatus.PUBLISHED, 0, outcomes(3, 1, 8, 15)));
        awaitApplied(agency, year, 1);

        given().get("/api/v1/rollups/410400/{year}/indicators", year).then()
                .statusCode(200)
                .body("regionCode", is("410400"))
                .body("reportCount", is(1))
                .body("previousReportCount", is(1))
                .body("indicators.find { it.id == 'disclosureRate' }.numerator", is(4))
                .body("indicators.find { it.id == 'disclosureRate' }.denominator", is(8))
                .body("indicators.find { it.id == 'disclosureRate' }.value", is(0.5f))
                .body("indicators.find { it.id == 'disclosureRate' }.previousValue", is(0.5f))
                .body("indicators.find { it.id == 'disclosureRate' }.change", is(0f))
                .body("indicators.find { it.id == 'newlyReceivedChange' }.numerator", is(5))
                .body("indicators.find { it.id == 'newlyReceivedChange' }.denominator", is(10))
                .body("indicators.find { it.id == 'newlyReceivedChange' }.value", is(0.5f))
                .body("indicators.find { it.id == 'correctionRateReview' }.denominator", is(0))
                .body("indicators.find { it.id == 'correctionRateReview' }.value", nullValue());
    }

    @Test
    void childrenAreRankedByAnIndicatorWithUnknownValuesLast() {
        int year = unusedYear();
        String low = agency("low");
        String high = agency("high");
        send(event(low, "410482", year, 1, ReportStatus.PUBLISHED, 0, outcomes(1, 0, 4, 4)),
                event(high, "410402", year, 1, ReportStatus.PUBLISHED, 0, outcomes(3, 0, 4, 4)));
        awaitApplied(low, year, 1);
        awaitApplied(high, year, 1);

        var ranked = given().queryParam("indicator", "disclosureRate").queryParam("sort", "desc")
                .get("/api/v1/rollups/410400/{year}/children", year).then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals("410402", ranked.getString("[0].regionCode"));
        org.junit.jupiter.api.Assertions.assertEquals("410482", ranked.getString("[1].regionCode"));
        org.junit.jupiter.api.Assertions.assertEquals(0.75f, ranked.getFloat("[0].indicator.value"));
        org.junit.jupiter.api.Assertions.assertNull(ranked.get("[2].indicator.value"));

        var ascending = given().queryParam("indicator", "disclosureRate").queryParam("sort", "asc")
                .get("/api/v1/rollups/410400/{year}/children", year).then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals("410482", ascending.getString("[0].regionCode"));
        org.junit.jupiter.api.Assertions.assertEquals("410402", ascending.getString("[1].regionCode"));
        given().get("/api/v1/rollups/410400/{year}/children", year).then().statusCode(200)
                .body("[0].indicator", nullValue());
    }

    @Test
    void anUnknownIndicatorOrSortIsABadParameter() {
        given().queryParam("indicator", "happiness").get("/api/v1/rollups/410400/2024/children").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].parameter", is("indicator"));
        given().queryParam("indicator", "refusalRate").queryParam("sort", "sideways")
                .get("/api/v1/rollups/410400/2024/children").then().statusCode(400)
                .body("errors[0].parameter", is("sort"));
        given().queryParam("sort", "asc").get("/api/v1/rollups/410400/2024/children").then().statusCode(400)
                .body("errors[0].parameter", is("sort"));
    }

    /** Every number 0 but 予以公开, 部分公开, （七）总计 and 一、本年新收 in the 总计 column. */
    private static Map<String, BigDecimal> outcomes(int granted, int partially, int total, int newlyReceived) {
        Map<String, BigDecimal> numbers = numbers(0);
        numbers.put("applications.outcomes.granted.total", BigDecimal.valueOf(granted));
        numbers.put("applications.outcomes.partiallyGranted.total", BigDecimal.valueOf(partially));
        numbers.put("applications.outcomes.total.total", BigDecimal.valueOf(total));
        numbers.put("applications.newlyReceived.total", BigDecimal.valueOf(newlyReceived));
        return numbers;
    }
}
