package gov.disclosure.reports.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static gov.disclosure.reports.ReportApi.latest;
import static gov.disclosure.reports.ReportApi.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class RuleValidationTest {

    @Test
    void aBrokenBalanceIsRefusedNamingTheCellItsLabelsAndBothNumbers() {
        ObjectNode report = Fixtures.with(Fixtures.newReport("xinan-example-2023-pdf"),
                "/applications/carriedForward/naturalPerson", 3);

        submit(report).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/rule-violations"))
                .body("detail", containsString("validation=lenient"))
                .body("violations.rule", contains("BALANCE", "ROW_TOTAL"))
                .body("violations[0].pointer", is("/applications/carriedForward/naturalPerson"))
                .body("violations[0].row", is("四、结转下年度继续办理"))
                .body("violations[0].column", is("自然人"))
                .body("violations[0].expected", is(2))
                .body("violations[0].found", is(3))
                .body("violations[1].pointer", is("/applications/carriedForward/total"));
        latest(report).then().statusCode(404);
    }

    @Test
    void aBrokenOutcomeTotalNamesTheOutcomesTotalCell() {
        ObjectNode report = Fixtures.with(Fixtures.newReport("xinan-example-2023-pdf"),
                "/applications/outcomes/unableToProvide/notHeld/commercialEnterprise", 2);

        submit(report).then()
                .statusCode(422)
                .body("violations.rule", contains("OUTCOME_TOTAL", "ROW_TOTAL"))
                .body("violations[0].pointer", is("/applications/outcomes/total/commercialEnterprise"))
                .body("violations[0].row", is("（七）总计"))
                .body("violations[0].column", is("商业企业"))
                .body("violations[0].expected", is(7))
                .body("violations[0].found", is(6))
                .body("violations[1].pointer", is("/applications/outcomes/unableToProvide/notHeld/total"))
                .body("violations[1].row", is("（四）无法提供 1.本机关不掌握相关政府信息"));
    }

    @Test
    void aBrokenRowTotalNamesTheRowsTotalCell() {
        ObjectNode report = Fixtures.with(Fixtures.newReport("ruzhou-szfb-2024"),
                "/applications/outcomes/notProcessed/repeatedApplication/total", 2);

        submit(report).then()
                .statusCode(422)
                .body("violations.rule", contains("OUTCOME_TOTAL", "ROW_TOTAL"))
                .body("violations[1].pointer", is("/applications/outcomes/notProcessed/repeatedApplication/total"))
                .body("violations[1].row", is("（五）不予处理 2.重复申请"))
                .body("violations[1].column", is("总计"))
                .body("violations[1].expected", is(1))
                .body("violations[1].found", is(2));
    }

    @Test
    void aBrokenReviewTotalNamesTheGroupsTotalCell() {
        ObjectNode report = Fixtures.with(Fixtures.newReport("xinan-example-2023-pdf"),
                "/reviewAndLitigation/litigationAfterReview/other", 4);

        submit(report).then()
                .statusCode(422)
                .body("violations", hasSize(1))
                .body("violations[0].rule", is("REVIEW_TOTAL"))
                .body("violations[0].pointer", is("/reviewAndLitigation/litigationAfterReview/total"))
                .body("violations[0].row", is("行政诉讼 复议后起诉"))
                .body("violations[0].expected", is(5))
                .body("violations[0].found", is(1));
    }

    @Test
    void leniencyKeepsAReportAsPublishedWithItsViolations() {
        ObjectNode report = Fixtures.with(Fixtures.newReport("xinan-example-2023-pdf"),
                "/applications/carriedForward/naturalPerson", 3);

        ReportApi.json(report).queryParam("validation", "lenient").post(ReportApi.REPORTS).then()
                .statusCode(201)
                .body("validation.mode", is("LENIENT"))
                .body("validation.valid", is(false))
                .body("validation.violations.rule", contains("BALANCE", "ROW_TOTAL"))
                .body("report.applications.carriedForward.naturalPerson", is(3));

        latest(report).then()
                .body("validation.valid", is(false))
                .body("validation.violations", hasSize(2));
    }

    @Test
    void moreThanFourFeeDecimalsIsAcceptedWithAWarning() {
        ObjectNode report = Fixtures.newReport("xinan-example-2023-pdf");
        ((ObjectNode) report.at("/proactiveDisclosure/fees")).put("amount", new BigDecimal("1.234567"));

        submit(report).then()
                .statusCode(201)
                .body("validation.valid", is(true))
                .body("validation.warnings.rule", contains("FEE_PRECISION"))
                .body("validation.warnings[0].found", is(1.234567f))
                .body("report.proactiveDisclosure.fees.amount", is(1.234567f));
    }

    @Test
    void thisYearsCarriedOverIsComparedWithLastYearsCarriedForward() {
        ObjectNode lastYear = Fixtures.newReport("xinan-example-2023-pdf");
        submit(lastYear).then().statusCode(201);
        ObjectNode thisYear = lastYear.deepCopy().put("year", 2024);

        submit(thisYear).then()
                .statusCode(201)
                .body("validation.valid", is(true))
                .body("validation.warnings.rule", contains("CARRY_CHAIN", "CARRY_CHAIN"))
                .body("validation.warnings.pointer",
                        contains("/applications/carriedOver/naturalPerson", "/applications/carriedOver/total"))
                .body("validation.warnings[0].expected", is(2))
                .body("validation.warnings[0].found", is(3));
    }

    @Test
    void aYearLoadedAfterTheNextOneIsComparedWithItsCarriedOver() {
        ObjectNode lastYear = Fixtures.newReport("xinan-example-2023-pdf");
        ObjectNode thisYear = lastYear.deepCopy().put("year", 2024);
        submit(thisYear).then().statusCode(201);

        submit(lastYear).then()
                .statusCode(201)
                .body("validation.warnings.rule", contains("CARRY_CHAIN", "CARRY_CHAIN"))
                .body("validation.warnings.pointer",
                        contains("/applications/carriedForward/naturalPerson", "/applications/carriedForward/total"))
                .body("validation.warnings[0].expected", is(3))
                .body("validation.warnings[0].found", is(2));
    }

    @Test
    void validateAnswersTheVerdictWithoutStoringAnything() {
        ObjectNode broken = Fixtures.with(Fixtures.newReport("xinan-example-2023-pdf"),
                "/applications/carriedForward/naturalPerson", 3);

        ReportApi.json(broken).post(ReportApi.REPORTS + "/validate").then()
                .statusCode(422)
                .body("violations.rule", contains("BALANCE", "ROW_TOTAL"));
        ReportApi.json(broken).queryParam("validation", "lenient").post(ReportApi.REPORTS + "/validate").then()
                .statusCode(200)
                .body("valid", is(false))
                .body("violations", hasSize(2));
        ReportApi.json(Fixtures.newReport("ruzhou-szfb-2024")).post(ReportApi.REPORTS + "/validate").then()
                .statusCode(200)
                .body("valid", is(true))
                .body("violations", empty());

        latest(broken).then().statusCode(404);
        given().queryParam("agencyId", Fixtures.agencyId(broken)).get(ReportApi.REPORTS).then()
                .body("totalItems", is(0));
    }
}
