package gov.disclosure.reports.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static gov.disclosure.reports.ReportApi.REPORTS;
import static gov.disclosure.reports.ReportApi.latest;
import static gov.disclosure.reports.ReportApi.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

/** A report says when it was published; otherwise the day it was first accepted counts. */
@QuarkusTest
class PublishedOnTest {

    @Test
    void theDateAReportStatesIsKept() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024").put("publishedOn", "2025-01-20");

        submit(report).then().statusCode(201).body("publishedOn", is("2025-01-20"))
                .body("report.publishedOn", is("2025-01-20"));
        given().queryParam("agencyId", Fixtures.agencyId(report)).get(REPORTS).then()
                .body("items.publishedOn", contains("2025-01-20"));
    }

    @Test
    void withoutOneTheDayOfTheFirstAcceptanceCounts() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        submit(report).then().statusCode(201).body("publishedOn", is(today)).body("report.publishedOn", is((Object) null));
        latest(report).then().body("publishedOn", is(today));
    }

    @Test
    void aDateThatCannotBeIsRefusedNamingTheField() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");

        for (Object date : new Object[] {"2025-13-01", "20.1.2025", 20250120, "2023-12-31", "2999-01-01"}) {
            ObjectNode dated = report.deepCopy();
            if (date instanceof Integer number) {
                dated.put("publishedOn", number);
            } else {
                dated.put("publishedOn", (String) date);
            }
            submit(dated).then().statusCode(422)
                    .body("type", is("/problems/invalid-report"))
                    .body("errors[0].pointer", is("/publishedOn"));
        }
    }
}
