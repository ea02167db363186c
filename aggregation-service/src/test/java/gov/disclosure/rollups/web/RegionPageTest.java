package gov.disclosure.rollups.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.roster.AgencyKind;
import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static gov.disclosure.rollups.Events.agency;
import static gov.disclosure.rollups.Events.awaitApplied;
import static gov.disclosure.rollups.Events.awaitRostered;
import static gov.disclosure.rollups.Events.published;
import static gov.disclosure.rollups.Events.rostered;
import static gov.disclosure.rollups.Events.send;
import static gov.disclosure.rollups.Events.unusedYear;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A region's page shows the API's numbers: every cell of sections 二 to 四, the trend, the sub-regions, completeness
 * and the reports, read from the page and compared with what the JSON API answers for the same view.
 */
@QuarkusTest
class RegionPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static int year;
    private static String county;
    private static String city;
    private static String silent;

    @BeforeAll
    static void reports() {
        year = unusedYear();
        county = agency("410482-page");
        city = agency("410400-page");
        silent = agency("410482-silent");
        send(rostered(silent, "汝州市沉默局", "410482", AgencyKind.DEPARTMENT, year + "-01-01", year + "-12-31"));
        awaitRostered(silent, 1);
        send(published(county, "410482", year, 1, 7), published(county, "410482", year, 2, 9),
                published(city, "410400", year, 1, 4), published(city, "410400", year - 1, 1, 2));
        awaitApplied(county, year, 2);
        awaitApplied(city, year, 1);
        awaitApplied(city, year - 1, 1);
    }

    @Test
    void everyFigureOfTheTemplateIsTheApisNumber() {
        for (String scope : List.of("all", "own")) {
            Document page = page("/regions/410400/%d?scope=%s&basis=received".formatted(year, scope));
            Map<String, BigDecimal> api = ReportNumbers.flatten(api("/api/v1/rollups/410400/%d?scope=%s".formatted(year, scope)));
            Map<String, BigDecimal> shown = new LinkedHashMap<>();
            for (Element cell : page.select("#figures td[data-cell]")) {
                shown.put(cell.attr("data-cell"), new BigDecimal(cell.text()));
            }
            assertEquals(ReportNumbers.NAMES, List.copyOf(shown.keySet()), "every number of the template, in print order");
            api.forEach((name, value) -> assertEquals(0, value.compareTo(shown.get(name)), scope + " " + name));
            assertEquals(api("/api/v1/rollups/410400/%d?scope=%s".formatted(year, scope)).get("reportCount").asText(),
                    page.getElementById("report-count").text());
        }
        Document all = page("/regions/410400/%d".formatted(year));
        assertEquals("13", all.selectFirst("#figures td[data-cell=applications.newlyReceived.total]").text(),
                "revision 2 (9) replaced revision 1 (7), plus the city's 4");
    }

    @Test
    void theTemplatesSectionsAndLabelsAreShown() {
        Document page = page("/regions/410400/%d".formatted(year));
        List<String> headings = page.select("#figures h3").eachText();
        assertEquals(List.of("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"),
                headings);
        String text = page.getElementById("figures").text();
        for (String label : List.of("行政规范性文件", "本年制发件数", "1.属于国家秘密", "（三）不予公开", "自然人", "未经复议直接起诉", "结果纠正")) {
            assertTrue(text.contains(label), label);
        }
    }

    @Test
    void subRegionsAndTheTrendAreTheApisToo() {
        Document page = page("/regions/410400/%d".formatted(year));
        JsonNode children = api("/api/v1/rollups/410400/%d/children".formatted(year));
        assertEquals(children.size(), page.select("#sub-regions-table tbody tr").size());
        for (JsonNode child : children) {
            Element row = page.selectFirst("#sub-regions-table tr[data-region=" + child.get("regionCode").asText() + "]");
            assertNotNull(row, child.get("regionCode").asText());
            assertEquals("/regions/%s/%d?scope=all&basis=received".formatted(child.get("regionCode").asText(), year),
                    row.selectFirst("a").attr("href"));
            assertEquals(child.get("reportCount").asText(), row.selectFirst("td[data-cell=reportCount]").text());
            assertEquals(child.at("/applications/newlyReceived/total").asText(),
                    row.selectFirst("td[data-cell=applications.newlyReceived.total]").text());
        }
        JsonNode completeness = api("/api/v1/completeness/410400/%d/children".formatted(year));
        for (JsonNode child : completeness) {
            Element row = page.selectFirst("#sub-regions-table tr[data-region=" + child.get("regionCode").asText() + "]");
            assertEquals(child.at("/totals/missing").asText(), row.selectFirst("td[data-cell=missing]").text());
        }

        for (Element row : page.select("#trend-table tbody tr")) {
            int shownYear = Integer.parseInt(row.attr("data-year"));
            JsonNode api = api("/api/v1/rollups/410400?from=%d&to=%d".formatted(shownYear, shownYear)).get(0);
            assertEquals(api.get("reportCount").asText(), row.selectFirst("td[data-cell=reportCount]").text());
            assertEquals(api.at("/applications/outcomes/granted/total").asText(),
                    row.selectFirst("td[data-cell=applications.outcomes.granted.total]").text());
        }
        assertTrue(page.select("#trend-table tbody tr").eachAttr("data-year").containsAll(
                List.of(String.valueOf(year - 1), String.valueOf(year))));
        assertTrue(page.getElementById("trend-data").data().contains("\"x\""), "the chart's data");
    }

    @Test
    void completenessIsTheApisAndListsTheMissing() {
        Document page = page("/regions/410482/%d?scope=own".formatted(year));
        JsonNode api = api("/api/v1/completeness/410482/%d?scope=own".formatted(year));
        assertEquals(api.at("/totals/expected").asText(), page.getElementById("desk-expected").text());
        assertEquals(api.at("/totals/received").asText(), page.getElementById("desk-received").text());
        assertEquals(api.at("/totals/onTime").asText(), page.getElementById("desk-on-time").text());
        assertEquals(api.at("/totals/late").asText(), page.getElementById("desk-late").text());
        assertEquals(api.at("/totals/missing").asText(), page.getElementById("desk-missing").text());
        assertTrue(page.getElementById("overdue-table").text().contains("汝州市沉默局"));
    }

    @Test
    void aCountysReportsLinkToTheirRevisionsAndSource() {
        Document page = page("/regions/410482/%d".formatted(year));
        Element row = page.selectFirst("#reports-table tr[data-agency=" + county + "]");
        assertNotNull(row);
        assertEquals("http://localhost:8081/api/v1/agencies/%s/reports/%d/revisions".formatted(county, year),
                row.selectFirst("a.revisions").attr("href"));
        assertEquals("http://localhost:8081/api/v1/agencies/%s/reports/%d/revisions/2/source".formatted(county, year),
                row.selectFirst("a.source").attr("href"));
        assertEquals(api("/api/v1/rollups/410482/%d/reports".formatted(year)).get("totalItems").asText(),
                page.select("#reports-table tbody tr").size() + "");
        assertTrue(page.select("#sub-regions").isEmpty(), "a county has no sub-regions");
    }

    @Test
    void aViewerSeesTheReportsButNoLinksIntoTheReportApiWhichDoesNotAnswerIt() {
        Document page = page("/regions/410482/%d".formatted(year), Tokens.viewer());
        Element row = page.selectFirst("#reports-table tr[data-agency=" + county + "]");
        assertNotNull(row);
        assertTrue(row.select("a").isEmpty());
        assertNotNull(page(("/regions/410482/%d").formatted(year), Tokens.reviewer("410400"))
                .selectFirst("#reports-table tr[data-agency=" + county + "] a.revisions"));
    }

    @Test
    void yearScopeAndBasisAreLinksToStableAddresses() {
        Document page = page("/regions/410400/%d?scope=own&basis=accepted".formatted(year));
        assertEquals("/regions/410400/%d?scope=all&basis=accepted".formatted(year),
                page.select("#scopes a").first().attr("href"));
        assertEquals("/regions/410400/%d?scope=own&basis=received".formatted(year),
                page.select("#bases a").first().attr("href"));
        assertEquals("/regions/410400/%d?scope=own&basis=accepted".formatted(year - 1),
                page.selectFirst("#years a[data-year=" + (year - 1) + "]").attr("href"));
        assertEquals("0", page.getElementById("report-count").text(), "nothing accepted yet");
        given().redirects().follow(false).get("/regions/410400?year=%d&scope=own".formatted(year)).then()
                .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith(
                        "/regions/410400/%d?scope=own&basis=received".formatted(year)));
    }

    @Test
    void theIssue13PanelsAskTheirOperationsAndSayWhenTheyAreNotThere() {
        Document page = page("/regions/410400/%d".formatted(year));
        assertEquals("/api/v1/rollups/410400/%d/indicators?scope=all&basis=received".formatted(year),
                page.getElementById("panel-indicators").attr("data-panel-src"));
        assertEquals("/api/v1/rollups/410400/%d/table?scope=all&basis=received&format=html".formatted(year),
                page.getElementById("panel-national-table").attr("data-panel-src"));
    }

    @Test
    void theChartLibraryAndStylesAreServedFromTheJar() {
        given().get("/webjars/echarts/5.3.1/dist/echarts.simple.min.js").then().statusCode(200);
        given().get("/web/pages.js").then().statusCode(200);
        given().get("/web/pages.css").then().statusCode(200);
    }

    @Test
    void badParametersAndUnknownRegionsArePagesWithTheirStatus() {
        assertEquals(404, given().get("/regions/999999/2024").statusCode());
        Response bad = given().get("/regions/410400/2024?scope=everything");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.contentType().startsWith("text/html"));
        assertEquals(400, given().get("/regions/410400/1999").statusCode());
        assertEquals(400, given().get("/regions/410400/2024?page=-1").statusCode());
        assertEquals(400, given().get("/regions/410400/2024?color=red").statusCode());
        assertFalse(given().get("/regions/410400/2024?page=99999").asString().isEmpty());
    }

    static Document page(String path) {
        return page(path, Tokens.admin());
    }

    static Document page(String path, String token) {
        String html = given().header("Authorization", "Bearer " + token).get(path).then().statusCode(200)
                .contentType("text/html").extract().asString();
        return Jsoup.parse(html);
    }

    static JsonNode api(String path) {
        try {
            return JSON.readTree(given().get(path).then().statusCode(200).extract().asString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
