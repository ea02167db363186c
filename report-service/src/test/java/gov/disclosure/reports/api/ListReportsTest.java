package gov.disclosure.reports.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static gov.disclosure.reports.ReportApi.submit;
import static gov.disclosure.reports.ReportApi.withdraw;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Listings, seen through reports of years no other test uses (2019, 2020). Other reports may share a filter, so
 * the tests check that the right reports are in, the wrong ones out, and that every item matches the filter.
 */
@QuarkusTest
class ListReportsTest {

    private String inRuzhou;
    private String inPingdingshanBroken;
    private String inZhengzhou;
    private String inRuzhouWithdrawn;

    @BeforeEach
    void storeReports() {
        inRuzhou = store("ruzhou-szfb-2024", "410482", 2019, false);
        inPingdingshanBroken = store("ruzhou-szfb-2024", "410400", 2019, true);
        inZhengzhou = store("zhengzhou-zwfwb-2021", "410100", 2019, false);
        inRuzhouWithdrawn = store("ruzhou-szfb-2024", "410482", 2020, false);
        withdraw(reportOf(inRuzhouWithdrawn, 2020), "\"1\"").then().statusCode(200);
    }

    @Test
    void aRegionAloneOrWithItsSubRegions() {
        list(Map.of("regionCode", "410400", "year", "2019")).body("items.agencyId",
                both(hasItem(inPingdingshanBroken), not(hasItem(inRuzhou))))
                .body("items.regionCode", everyItem(is("410400")));

        list(Map.of("regionCode", "410400", "includeSubRegions", "true", "year", "2019"))
                .body("items.agencyId", hasItems(inPingdingshanBroken, inRuzhou))
                .body("items.agencyId", not(hasItem(inZhengzhou)))
                .body("items.regionCode", everyItem(startsWith("4104")));

        list(Map.of("regionCode", "410000", "includeSubRegions", "true", "year", "2019"))
                .body("items.agencyId", hasItems(inPingdingshanBroken, inRuzhou, inZhengzhou));
    }

    @Test
    void byYearAgencyStatusAndViolations() {
        list(Map.of("year", "2020")).body("items.agencyId", hasItem(inRuzhouWithdrawn))
                .body("items.year", everyItem(is(2020)));
        list(Map.of("agencyId", inRuzhou)).body("items.agencyId", is(List.of(inRuzhou)))
                .body("totalItems", is(1));
        list(Map.of("status", "withdrawn")).body("items.agencyId", hasItem(inRuzhouWithdrawn))
                .body("items.status", everyItem(is("WITHDRAWN")));
        list(Map.of("hasViolations", "true", "year", "2019"))
                .body("items.agencyId", both(hasItem(inPingdingshanBroken), not(hasItem(inRuzhou))))
                .body("items.violationCount", everyItem(greaterThan(0)));
        list(Map.of("hasViolations", "false", "year", "2019"))
                .body("items.agencyId", both(hasItem(inRuzhou), not(hasItem(inPingdingshanBroken))));
    }

    @Test
    void pagesOfAGivenSize() {
        list(Map.of("regionCode", "410000", "includeSubRegions", "true", "year", "2019", "size", "1", "page", "1"))
                .body("items", hasSize(1))
                .body("page", is(1))
                .body("size", is(1))
                .body("totalItems", greaterThanOrEqualTo(3))
                .body("totalPages", greaterThanOrEqualTo(3));
    }

    @Test
    void summariesShowTheLatestRevision() {
        list(Map.of("agencyId", inRuzhouWithdrawn))
                .body("items[0].revision", is(2))
                .body("items[0].status", is("WITHDRAWN"))
                .body("items[0].agencyName", is("汝州市人民政府办公室"))
                .body("items[0].regionCode", is("410482"));
    }

    private static ValidatableResponse list(Map<String, String> query) {
        return given().queryParams(query).queryParam("size", query.getOrDefault("size", "100"))
                .get(ReportApi.REPORTS).then().statusCode(200);
    }

    private static <T> org.hamcrest.Matcher<T> both(org.hamcrest.Matcher<? super T> a, org.hamcrest.Matcher<? super T> b) {
        return org.hamcrest.Matchers.allOf(a, b);
    }

    private static String store(String fixture, String regionCode, int year, boolean broken) {
        ObjectNode report = Fixtures.newReport(fixture).put("regionCode", regionCode).put("year", year);
        if (broken) {
            report = Fixtures.with(report, "/applications/carriedForward/total", 99);
        }
        ReportApi.json(report).queryParam("validation", "lenient").post(ReportApi.REPORTS).then().statusCode(201);
        return Fixtures.agencyId(report);
    }

    private static ObjectNode reportOf(String agencyId, int year) {
        ObjectNode report = Fixtures.JSON.createObjectNode().put("year", year);
        report.putObject("agency").put("id", agencyId);
        return report;
    }
}
