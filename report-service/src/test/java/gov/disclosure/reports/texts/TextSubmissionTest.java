package gov.disclosure.reports.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.nio.charset.Charset;

import static gov.disclosure.reports.ReportApi.body;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A report submitted as its published text takes the way of a JSON report: same checks, storage and revisions. */
@QuarkusTest
class TextSubmissionTest {

    @ParameterizedTest
    @FieldSource("gov.disclosure.reports.Fixtures#NAMES")
    void eachFixtureTextIsStoredAsItsExpectedReport(String fixture) {
        ObjectNode expected = Fixtures.newReport(fixture);

        Response created = text(Fixtures.text(fixture)).queryParam("agencyId", Fixtures.agencyId(expected))
                .post(ReportApi.REPORTS).then()
                .statusCode(201)
                .body("revision", is(1))
                .body("source.format", is("FORMAT_2021"))
                .body("report.narrative.overview", notNullValue())
                .extract().response();

        Fixtures.assertSameReport(expected, body(created).get("report"));
        given().get(ReportApi.path(expected) + "/revisions/1/source").then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .body(is(Fixtures.text(fixture)));
    }

    @Test
    void theRegionIsFoundFromTheAgencysNameAndTheIdDerivedFromBoth() {
        String text = Fixtures.text("ruzhou-szfb-2024").replace("汝州市人民政府办公室", "汝州市统计局测试科");

        text(text).post(ReportApi.REPORTS).then()
                .statusCode(201)
                .body("report.regionCode", is("410482"))
                .body("report.agency.name", is("汝州市统计局测试科"))
                .body("report.agency.id", matchesPattern("410482-[0-9a-f]{10}"));
        text(text).post(ReportApi.REPORTS).then().statusCode(200).body("revision", is(1));
    }

    @Test
    void aDryRunAnswersTheReportReadAndStoresNothing() {
        String agency = Fixtures.uniqueAgencyId("dry");

        text(Fixtures.text("xinan-example-2023-kangxi")).queryParam("agencyId", agency).queryParam("dryRun", "true")
                .post(ReportApi.REPORTS).then()
                .statusCode(200)
                .body("source.format", is("FORMAT_2021"))
                .body("report.agency.name", is("新安县示例局"))
                .body("report.regionCode", is("410323"))
                .body("report.proactiveDisclosure.licensing.decisions", is(1260))
                .body("validation.valid", is(true));

        given().get("/api/v1/agencies/{agency}/reports/2023", agency).then().statusCode(404);
    }

    @Test
    void aTextThatIsNotAReportNamesWhatItLacks() {
        text("这是一份会议通知，不是年度报告。\n请各单位准时参加。").post(ReportApi.REPORTS).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/unreadable-text"))
                .body("missing.section", hasItem("三"));
    }

    @Test
    void missingRowsAreNamedWithTheirSection() {
        String text = Fixtures.text("ruzhou-szfb-2024").lines()
                .filter(line -> !line.contains("属于国家秘密") && !line.contains("重复申请"))
                .reduce("", (a, b) -> a + b + "\n");

        text(text).queryParam("agencyId", Fixtures.uniqueAgencyId("rows")).post(ReportApi.REPORTS).then()
                .statusCode(422)
                .body("type", is("/problems/unreadable-text"))
                .body("missing", hasSize(2))
                .body("missing.section", contains("三", "三"))
                .body("missing[0].item", containsString("属于国家秘密"))
                .body("missing[1].item", containsString("重复申请"));
    }

    @Test
    void cellsThatCannotBeReadAreNamedAndEverythingElseReadComesWithThem() {
        String text = Fixtures.text("ruzhou-szfb-2024").lines()
                .filter(line -> !line.contains("重复申请"))
                .reduce("", (a, b) -> a + b + "\n");

        text(text).queryParam("agencyId", Fixtures.uniqueAgencyId("partial")).post(ReportApi.REPORTS).then()
                .statusCode(422)
                .body("type", is("/problems/unreadable-text"))
                .body("missing.item", contains(containsString("重复申请")))
                .body("unreadCells", hasItem("/applications/outcomes/notProcessed/repeatedApplication/naturalPerson"))
                .body("unreadCells", hasSize(7))
                .body("report.agency.name", is("汝州市人民政府办公室"))
                .body("report.year", is(2024))
                .body("report.applications.newlyReceived.total", is(18))
                .body("report.applications.outcomes.notProcessed.repeatedApplication.naturalPerson", nullValue())
                .body("report.applications.outcomes.notProcessed.complaintOrPetition.total", is(0));
    }

    @Test
    void aTitleNamingTheAgencyWithoutItsPlaceTakesItFromTheBody() {
        String text = Fixtures.text("ruzhou-szfb-2024").replaceFirst("汝州市人民政府办公室 2024", "人民政府办公室 2024");

        text(text).queryParam("agencyId", Fixtures.uniqueAgencyId("place")).queryParam("dryRun", "true")
                .post(ReportApi.REPORTS).then()
                .statusCode(200)
                .body("report.agency.name", is("汝州市人民政府办公室"))
                .body("report.regionCode", is("410482"))
                .body("source.notes", hasItem(containsString("the title names 人民政府办公室")));
    }

    @Test
    void anAmbiguousNameListsTheCandidatesAndARegionCodeSettlesIt() {
        String text = Fixtures.text("ruzhou-szfb-2024").replace("汝州市人民政府办公室", "鼓楼区人民政府办公室");

        text(text).post(ReportApi.REPORTS).then()
                .statusCode(422)
                .body("type", is("/problems/region-undetermined"))
                .body("agencyName", is("鼓楼区人民政府办公室"))
                .body("candidates", hasSize(4))
                .body("candidates.name", hasItem("鼓楼区"));

        text(text).queryParam("regionCode", "350102").queryParam("agencyId", Fixtures.uniqueAgencyId("gulou"))
                .post(ReportApi.REPORTS).then().statusCode(201).body("report.regionCode", is("350102"));
    }

    /**
     * A submitter of 福州 acting for one agency needs no parameters: its region settles the name, its token the id.
     * Acting for two, it names the agency (a derived id is none of its own).
     */
    @Test
    void aSubmittersTokenSettlesTheRegionAndTheAgencyTheRosterNamesItAs() {
        String text = Fixtures.text("ruzhou-szfb-2024").replace("汝州市人民政府办公室", "鼓楼区人民政府办公室");
        String agency = Fixtures.uniqueAgencyId("350102-gulou");
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json")
                .body("{\"name\": \"福州市鼓楼区人民政府办公室\", \"regionCode\": \"350102\", \"kind\": \"DEPARTMENT\"}")
                .put("/api/v1/agencies/{id}", agency).then().statusCode(201);

        text(text).header("Authorization", "Bearer " + Tokens.submitter("350100", agency))
                .post(ReportApi.REPORTS).then()
                .statusCode(201)
                .body("report.regionCode", is("350102"))
                .body("report.agency.id", is(agency));
        String ofTwoAgencies = Tokens.submitter("350000", agency, agency + "-2");
        text(text).header("Authorization", "Bearer " + ofTwoAgencies).queryParam("dryRun", "true")
                .post(ReportApi.REPORTS).then()
                .statusCode(403);
        text(text).header("Authorization", "Bearer " + ofTwoAgencies).queryParam("dryRun", "true")
                .queryParam("agencyId", agency + "-2")
                .post(ReportApi.REPORTS).then()
                .statusCode(200)
                .body("report.regionCode", is("350102"));
    }

    /** Whether the text is the token's agency's report cannot be told of an agency nothing names yet: it is said. */
    @Test
    void aSubmitterOfAnAgencyNothingNamesYetSaysWhoseTheTextIsWithAgencyId() {
        String text = Fixtures.text("ruzhou-szfb-2024").replace("汝州市人民政府办公室", "鼓楼区人民政府办公室");
        String agency = Fixtures.uniqueAgencyId("350102-new");
        String submitter = "Bearer " + Tokens.submitter("350100", agency);

        text(text).header("Authorization", submitter).post(ReportApi.REPORTS).then()
                .statusCode(403)
                .body("detail", containsString("agencyId=" + agency));
        text(text).header("Authorization", submitter).queryParam("agencyId", agency).post(ReportApi.REPORTS).then()
                .statusCode(201)
                .body("report.agency.id", is(agency));
    }

    /** A page's body copied without its title names no agency: the caller names it. */
    @Test
    void aTextThatNamesNoAgencyIsReadWithTheNameGiven() {
        String text = Fixtures.text("xinan-example-2023-pdf").replace("新安县示例局2023年政府信息公开工作年度报告", "");
        String agency = Fixtures.uniqueAgencyId("unnamed");

        text(text).queryParam("agencyId", agency).post(ReportApi.REPORTS).then()
                .statusCode(422)
                .body("type", is("/problems/unreadable-text"))
                .body("missing.item", contains("机关名称"))
                .body("detail", containsString("agencyName"));
        text(text).queryParam("agencyId", agency).queryParam("agencyName", "新安县示例局")
                .post(ReportApi.REPORTS).then()
                .statusCode(201)
                .body("report.agency.name", is("新安县示例局"))
                .body("report.regionCode", is("410323"))
                .body("report.year", is(2023));
        text(text).queryParam("agencyName", " ").post(ReportApi.REPORTS).then()
                .statusCode(400)
                .body("errors[0].parameter", is("agencyName"));
    }

    @Test
    void aTextThatBreaksTheArithmeticIsCheckedAsStrictlyAsJson() {
        String text = Fixtures.text("ruzhou-szfb-2024").replace("3. 其他\t3\t0\t0\t0\t0\t0\t3", "3. 其他\t4\t0\t0\t0\t0\t0\t4");
        String agency = Fixtures.uniqueAgencyId("broken-text");

        text(text).queryParam("agencyId", agency).post(ReportApi.REPORTS).then()
                .statusCode(422)
                .body("type", is("/problems/rule-violations"))
                .body("violations.rule", hasItem("OUTCOME_TOTAL"));
        text(text).queryParam("agencyId", agency).queryParam("validation", "lenient").post(ReportApi.REPORTS).then()
                .statusCode(201)
                .body("validation.valid", is(false));
    }

    @Test
    void aTextInGbkIsReadWhenItsCharsetIsNamed() {
        byte[] gbk = Fixtures.text("zhoukou-xzfwzx-2021").getBytes(Charset.forName("GBK"));

        given().contentType("text/plain; charset=GBK").body(gbk)
                .queryParam("agencyId", Fixtures.uniqueAgencyId("gbk")).post(ReportApi.REPORTS).then()
                .statusCode(201)
                .body("report.agency.name", is("周口市行政服务中心"));
    }

    @Test
    void aTextThatCannotBeReadSaysWhichEncodingItWasReadInAndWhy() {
        byte[] broken = Fixtures.text("ruzhou-szfb-2024").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        broken[3] = (byte) 0xFF; // no UTF-8 byte: the text is taken for GB18030, and reads as no report

        given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                        .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/plain").body(broken)
                .queryParam("agencyId", Fixtures.uniqueAgencyId("cut")).post(ReportApi.REPORTS).then()
                .statusCode(422)
                .body("type", is("/problems/unreadable-text"))
                .body("encoding", containsString("read as GB18030"))
                .body("encoding", containsString("bytes are not UTF-8 (the character at byte 2"))
                .body("detail", containsString("The text was read as GB18030"));
    }

    @Test
    void badParametersOfATextAreNamed() {
        text(Fixtures.text("ruzhou-szfb-2024")).queryParam("regionCode", "419999").queryParam("dryRun", "perhaps")
                .post(ReportApi.REPORTS).then()
                .statusCode(400)
                .body("errors.parameter", hasItem("dryRun"));
        text(Fixtures.text("ruzhou-szfb-2024")).queryParam("regionCode", "419999").post(ReportApi.REPORTS).then()
                .statusCode(400)
                .body("errors[0].parameter", is("regionCode"));
    }

    @Test
    void aRevisionOfATextNeedsIfMatchLikeAnyOther() {
        String agency = Fixtures.uniqueAgencyId("revised-text");
        text(Fixtures.text("ruzhou-szfb-2024")).queryParam("agencyId", agency).post(ReportApi.REPORTS).then()
                .statusCode(201);
        String revised = Fixtures.text("ruzhou-szfb-2024").replace("本年度我单位未收取信息处理费", "本年度未收取任何费用");

        text(revised).queryParam("agencyId", agency).post(ReportApi.REPORTS).then().statusCode(428);
        text(revised).queryParam("agencyId", agency).header("If-Match", "\"1\"").post(ReportApi.REPORTS).then()
                .statusCode(200)
                .body("revision", is(2));
        JsonNode latest = body(given().get("/api/v1/agencies/{agency}/reports/2024", agency));
        assertEquals(2, latest.get("revision").asInt());
    }

    static RequestSpecification text(String text) {
        return given().contentType("text/plain; charset=UTF-8").body(text);
    }
}
