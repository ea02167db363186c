package gov.disclosure.reports.roster;

import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.RosterApi;
import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static gov.disclosure.reports.RosterApi.AGENCIES;
import static gov.disclosure.reports.RosterApi.agency;
import static gov.disclosure.reports.RosterApi.put;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class RosterApiTest {

    @Test
    void anAgencyIsPutOnTheRosterChangedAndRead() {
        String id = Fixtures.uniqueAgencyId("410482-szfb");
        Map<String, Object> office = agency("汝州市人民政府办公室", "410482", "DEPARTMENT", "2019-01-01", null);

        put(id, office).then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("agencyId", is(id)).body("version", is(1)).body("updatedBy", is("admin-console"));
        put(id, office).then().statusCode(200).body("version", is(1));
        office.put("name", "汝州市人民政府办公室（外事办公室）");
        put(id, office).then().statusCode(200).body("version", is(2));

        given().get(AGENCIES + "/" + id).then().statusCode(200)
                .body("name", is("汝州市人民政府办公室（外事办公室）"))
                .body("kind", is("DEPARTMENT"))
                .body("activeFrom", is("2019-01-01"))
                .body("activeTo", nullValue());
    }

    @Test
    void anAgencyIsRetiredAndStaysOnTheRoster() {
        String id = Fixtures.uniqueAgencyId("410482-lyj");
        RosterApi.rostered(id, agency("汝州市林业局", "410482", "DEPARTMENT", null, null));

        given().post(AGENCIES + "/" + id + "/retire?activeTo=2024-06-30").then().statusCode(200)
                .body("activeTo", is("2024-06-30")).body("version", is(2));
        given().get(AGENCIES + "/" + id).then().statusCode(200).body("activeTo", is("2024-06-30"));
        given().post(AGENCIES + "/" + id + "/retire?activeTo=30.6.2024").then().statusCode(400)
                .body("errors[0].parameter", is("activeTo"));
        given().post(AGENCIES + "/" + Fixtures.uniqueAgencyId("nobody") + "/retire").then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-4714-01-01", "+10000-01-01", "-0001-01-01", "2024-6-30", "2024-02-30"})
    void aDayIsYyyyMmDdWithAYearOfFourDigits(String day) {
        String id = Fixtures.uniqueAgencyId("410482-sfj");
        put(id, agency("汝州市司法局", "410482", "DEPARTMENT", day, null)).then().statusCode(422)
                .body("errors.pointer", contains("/activeFrom"))
                .body("errors[0].detail", is("must be a date, YYYY-MM-DD"));
        put(id, agency("汝州市司法局", "410482", "DEPARTMENT", null, day)).then().statusCode(422)
                .body("errors.pointer", contains("/activeTo"));
        RosterApi.rostered(id, agency("汝州市司法局", "410482", "DEPARTMENT", null, null));
        given().queryParam("activeTo", day).post(AGENCIES + "/" + id + "/retire").then().statusCode(400)
                .body("errors[0].parameter", is("activeTo"));
        given().get(AGENCIES + "/" + id).then().statusCode(200).body("activeTo", nullValue());
    }

    @Test
    void wrongFieldsAreNamedEachOfThem() {
        given().contentType("application/json")
                .body(Map.of("name", " ", "regionCode", "999999", "kind", "MINISTRY", "activeFrom", "2024-13-01"))
                .put(AGENCIES + "/" + Fixtures.uniqueAgencyId("bad")).then().statusCode(422)
                .body("errors.pointer", contains("/name", "/regionCode", "/kind", "/activeFrom"));
        put(Fixtures.uniqueAgencyId("bad"), agency("", "999999", null, "2024-06-30", "2024-01-01")).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/invalid-agency"))
                .body("errors.pointer", contains("/name", "/regionCode", "/kind", "/activeTo"));
        for (String body : new String[] {"{\"name\": 5}", "{\"name\": \"x\", \"y\": 1}", "{", "[]", ""}) {
            given().contentType("application/json").body(body).put(AGENCIES + "/" + Fixtures.uniqueAgencyId("bad"))
                    .then().statusCode(org.hamcrest.Matchers.anyOf(is(400), is(422)))
                    .contentType("application/problem+json");
        }
        Map<String, Object> orphan = agency("汝州市某局", "410482", "DEPARTMENT", null, null);
        orphan.put("reportsTo", "no-such-government");
        put(Fixtures.uniqueAgencyId("orphan"), orphan).then().statusCode(422)
                .body("errors.pointer", contains("/reportsTo"));
    }

    @Test
    void aSearchFindsPartOfANameWithOrWithoutItsPlace() {
        String marker = "测试" + Fixtures.uniqueAgencyId("x").substring(2).replace("-", "");
        String id = Fixtures.uniqueAgencyId("410482-hbj");
        RosterApi.rostered(id, agency("汝州市" + marker + "环境保护局", "410482", "DEPARTMENT", null, null));

        for (String q : List.of(marker + "环境", "汝州市" + marker + "环境保护局", "河南省汝州市" + marker, "汝州" + marker)) {
            given().queryParam("q", q).get(AGENCIES).then().statusCode(200)
                    .body("items.agencyId", contains(id));
        }
        given().queryParam("q", marker).queryParam("regionCode", "410400").get(AGENCIES).then()
                .body("items.agencyId", contains(id)).body("totalItems", is(1));
        given().queryParam("q", marker).queryParam("regionCode", "410100").get(AGENCIES).then()
                .body("items", empty());
        given().queryParam("q", marker).queryParam("kind", "GOVERNMENT").get(AGENCIES).then().body("items", empty());
        given().queryParam("q", "100%_").get(AGENCIES).then().statusCode(200).body("items", empty());
    }

    @Test
    void aPageFarPastTheLastIsEmpty() {
        given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 100).get(AGENCIES).then().statusCode(200)
                .body("items", empty()).body("page", is(Integer.MAX_VALUE));
    }

    @Test
    void aRegionsRosterGoesOutAsCsvAndComesBackIn() {
        String government = Fixtures.uniqueAgencyId("410482-szf");
        String department = Fixtures.uniqueAgencyId("410482-jyj");
        String csv = """
                agencyId,name,regionCode,kind,reportsTo,activeFrom,activeTo
                %1$s,汝州市人民政府,410482,GOVERNMENT,,,
                %2$s,"汝州市教育体育局, 汝州市\"\"教育局\"\"",410482,department,%1$s,2019-03-01,2024-06-30
                """.formatted(government, department);

        given().contentType("text/csv; charset=UTF-8").body(csv).queryParam("regionCode", "410482").post(AGENCIES).then()
                .statusCode(200).body("created", is(2)).body("updated", is(0));
        given().contentType("text/csv; charset=UTF-8").body(csv).post(AGENCIES).then().statusCode(200).body("unchanged", is(2));

        String exported = given().accept("text/csv").queryParam("regionCode", "410482").get(AGENCIES).then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(exported.startsWith(RosterCsv.HEADER + "\r\n"), exported);
        org.junit.jupiter.api.Assertions.assertTrue(exported.contains(department
                + ",\"汝州市教育体育局, 汝州市\"\"教育局\"\"\",410482,DEPARTMENT," + government + ",2019-03-01,2024-06-30"),
                exported);
        given().contentType("text/csv; charset=UTF-8").body(exported).post(AGENCIES).then().statusCode(200)
                .body("created", is(0)).body("updated", is(0));
        given().get(AGENCIES + "/" + department).then().body("reportsTo", is(government)).body("version", is(1));
    }

    @Test
    void aNameThatASpreadsheetWouldEvaluateGoesOutAsTextAndComesBackAsItWas() {
        String id = Fixtures.uniqueAgencyId("410482-gsj");
        given().contentType("text/csv; charset=UTF-8").body(RosterCsv.HEADER + "\n" + id + ",@SUM(A1:A9),410482,DEPARTMENT,,,\n")
                .post(AGENCIES).then().statusCode(200).body("created", is(1));

        String exported = given().accept("text/csv").queryParam("regionCode", "410482").get(AGENCIES).then()
                .statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(exported.contains(id + ",'@SUM(A1:A9),410482,"), exported);
        given().contentType("text/csv; charset=UTF-8").body(exported).post(AGENCIES).then().statusCode(200)
                .body("created", is(0)).body("updated", is(0));
        given().get(AGENCIES + "/" + id).then().body("name", is("@SUM(A1:A9)")).body("version", is(1));
    }

    @Test
    void aNameWithANulIsRefusedNamingWhyInCsvAndInJson() {
        String id = Fixtures.uniqueAgencyId("410482-nul");
        given().contentType("text/csv; charset=UTF-8").body(RosterCsv.HEADER + "\n" + id + ",汝州\u0000局,410482,DEPARTMENT,,,\n")
                .post(AGENCIES).then().statusCode(422)
                .body("errors[0].pointer", is("/name"))
                .body("errors[0].detail", is("must not contain the character U+0000 (NUL)"));
        given().contentType("application/json").body("{\"name\":\"汝州\\u0000局\",\"regionCode\":\"410482\",\"kind\":\"DEPARTMENT\"}")
                .put(AGENCIES + "/" + id).then().statusCode(422)
                .body("errors[0].pointer", is("/name"))
                .body("errors[0].detail", is("must not contain the character U+0000 (NUL)"));
        given().get(AGENCIES + "/" + id).then().statusCode(404);
    }

    @Test
    void anImportIsAllOrNothingAndNamesEveryWrongLine() {
        String kept = Fixtures.uniqueAgencyId("410482-ok");
        String csv = """
                agencyId,name,regionCode,kind,activeFrom
                %s,汝州市某局,410482,DEPARTMENT,
                bad id,汝州市某局,410482,DEPARTMENT,
                %s,汝州市某局,410100,AGENCY,someday
                """.formatted(kept, Fixtures.uniqueAgencyId("410100-x"));

        given().contentType("text/csv; charset=UTF-8").body(csv).queryParam("regionCode", "410482").post(AGENCIES).then()
                .statusCode(422)
                .body("type", is("/problems/invalid-agency"))
                .body("errors.line", contains(3, 4, 4, 4))
                .body("errors.pointer", contains("/agencyId", "/regionCode", "/kind", "/activeFrom"));
        given().get(AGENCIES + "/" + kept).then().statusCode(404);
        given().contentType("text/csv; charset=UTF-8").body("id,name\nx,y\n").post(AGENCIES).then().statusCode(422)
                .body("errors[0].line", is(1));
    }

    @Test
    void reviewersKeepTheirOwnRegionsRoster() {
        String id = Fixtures.uniqueAgencyId("410482-sfj");
        Map<String, Object> justice = agency("汝州市司法局", "410482", "DEPARTMENT", null, null);
        String above = Tokens.reviewer("410400");
        String beside = Tokens.reviewer("410100");

        put(as(beside), id, justice).then().statusCode(403);
        put(as(above), id, justice).then().statusCode(201).body("updatedBy", is("office-410400"));
        justice.put("regionCode", "410100");
        put(as(beside), id, justice).then().statusCode(403);
        put(as(above), id, justice).then().statusCode(403)
                .body("detail", containsString("region 410100"));
        as(Tokens.submitter("410482", id)).contentType("application/json").body(justice)
                .put(AGENCIES + "/" + id).then().statusCode(403);
        as(Tokens.viewer()).post(AGENCIES + "/" + id + "/retire").then().statusCode(403);

        as(beside).get(AGENCIES + "/" + id).then().statusCode(403);
        as(beside).get(AGENCIES + "/" + Fixtures.uniqueAgencyId("none")).then().statusCode(403);
        as(above).get(AGENCIES + "/" + id).then().statusCode(200);
        as(Tokens.submitter("410482", id)).get(AGENCIES + "/" + id).then().statusCode(200);
        as(Tokens.viewer()).get(AGENCIES + "/" + id).then().statusCode(200);
        as(beside).queryParam("regionCode", "410482").get(AGENCIES).then().statusCode(403);
        as(beside).accept("text/csv").queryParam("regionCode", "410482").get(AGENCIES).then().statusCode(403);
        org.junit.jupiter.api.Assertions.assertFalse(as(beside).accept("text/csv").get(AGENCIES).then().statusCode(200)
                .extract().asString().contains(id), "a reviewer's CSV holds their regions' agencies only");
        org.junit.jupiter.api.Assertions.assertTrue(as(above).accept("text/csv").get(AGENCIES).then().statusCode(200)
                .extract().asString().contains(id));
        as(beside).queryParam("q", "汝州市司法局").get(AGENCIES).then().statusCode(200)
                .body("items.agencyId", not(hasItem(id)));
        as(above).contentType("text/csv; charset=UTF-8")
                .body("agencyId,name,regionCode,kind\n%s,郑州市某局,410100,DEPARTMENT\n".formatted(Fixtures.uniqueAgencyId("z")))
                .post(AGENCIES).then().statusCode(403);
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
