package gov.disclosure.reports.roster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import gov.disclosure.reports.RosterApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static gov.disclosure.reports.ReportApi.REPORTS;
import static gov.disclosure.reports.ReportApi.submit;
import static gov.disclosure.reports.RosterApi.agency;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/** Submissions are checked against the roster: warnings, a refusal for a year the agency did not exist, unrostered. */
@QuarkusTest
class RosterSubmissionTest {

    @Test
    void aReportOfAnAgencyNotOnTheRosterIsAcceptedAndListedAsUnrostered() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        String agency = Fixtures.agencyId(report);

        submit(report).then().statusCode(201).body("validation.warnings", empty());

        given().queryParam("agencyId", agency).queryParam("rostered", "false").get(REPORTS).then()
                .body("items.agencyId", contains(agency)).body("items[0].rostered", is(false));
        given().queryParam("agencyId", agency).queryParam("rostered", "true").get(REPORTS).then()
                .body("items", empty());
        RosterApi.rostered(agency, agency("汝州市人民政府办公室", "410482", "DEPARTMENT", null, null));
        given().queryParam("agencyId", agency).queryParam("rostered", "true").get(REPORTS).then()
                .body("items.agencyId", contains(agency)).body("items[0].rostered", is(true));
    }

    @Test
    void anotherRegionOrAnotherNameIsAWarning() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        String agency = Fixtures.agencyId(report);
        RosterApi.rostered(agency, agency("平顶山市人民政府办公室", "410400", "DEPARTMENT", null, null));

        submit(report).then().statusCode(201)
                .body("validation.valid", is(true))
                .body("validation.warnings.rule", contains("ROSTER_REGION", "ROSTER_NAME"))
                .body("validation.warnings[0].pointer", is("/regionCode"))
                .body("validation.warnings[0].detail", containsString("410400"))
                .body("validation.warnings[1].detail", containsString("平顶山市人民政府办公室"));
    }

    @Test
    void theNameWithoutItsPlaceIsTheSameName() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        String agency = Fixtures.agencyId(report);
        RosterApi.rostered(agency, agency("河南省汝州市人民政府办公室", "410482", "DEPARTMENT", null, null));

        submit(report).then().statusCode(201).body("validation.warnings", empty());
    }

    @Test
    void anAgencyCreatedMidYearReportsOnThatYearAndNotOnTheYearBefore() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        String agency = Fixtures.agencyId(report);
        RosterApi.rostered(agency, agency("汝州市人民政府办公室", "410482", "DEPARTMENT", "2024-07-01", null));

        ReportApi.json(report.deepCopy().put("year", 2023)).post(REPORTS + "/validate").then().statusCode(422)
                .body("type", is("/problems/agency-not-active"));
        submit(report.deepCopy().put("year", 2023)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/agency-not-active"))
                .body("activeFrom", is("2024-07-01"))
                .body("detail", containsString("2023"));
        submit(report).then().statusCode(201);
    }

    @Test
    void anAgencyRetiredMidYearReportsOnThatYearAndNotAfter() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        String agency = Fixtures.agencyId(report);
        RosterApi.rostered(agency, agency("汝州市人民政府办公室", "410482", "DEPARTMENT", "2020-01-01", null));
        given().post(RosterApi.AGENCIES + "/" + agency + "/retire?activeTo=2024-06-30").then().statusCode(200);

        submit(report).then().statusCode(201);
        submit(report.deepCopy().put("year", 2025)).then().statusCode(422)
                .body("type", is("/problems/agency-not-active")).body("activeTo", is("2024-06-30"));
        submit(report.deepCopy().put("year", 2019)).then().statusCode(422)
                .body("type", is("/problems/agency-not-active")).body("activeFrom", is("2020-01-01"));
    }
}
