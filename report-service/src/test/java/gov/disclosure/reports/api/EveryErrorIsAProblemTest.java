package gov.disclosure.reports.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import gov.disclosure.reports.ReportApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The answers the REST layer gives on its own are the project's problems too, and say what would have worked. */
@QuarkusTest
class EveryErrorIsAProblemTest {

    @Test
    void anUnknownPathIsANotFoundProblem() {
        given().get("/api/v1/nothing-here").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("/problems/not-found"))
                .body("instance", is("/api/v1/nothing-here"));
    }

    @Test
    void aMethodThePathDoesNotTakeSaysWhichItTakes() {
        given().delete(ReportApi.REPORTS).then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", is("/problems/method-not-allowed"))
                .body("detail", containsString("DELETE"));
    }

    @ParameterizedTest
    @CsvSource({"PATCH, ''", "POST, /revisions", "DELETE, /revisions/1", "POST, /table", "PUT, /indicators",
            "DELETE, /reviews", "GET, /revisions/1/review"})
    void everyPathOfAnAgencysReportSaysWhichMethodsItTakes(String method, String below) {
        given().request(method, "/api/v1/agencies/410482-szfb/reports/2024" + below).then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", is("/problems/method-not-allowed"))
                .body("detail", containsString(method));
    }

    @Test
    void anUnsupportedContentTypeListsTheAcceptedOnes() {
        given().contentType("application/xml").body("<report/>").post(ReportApi.REPORTS).then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", is("/problems/unsupported-media-type"))
                .body("detail", containsString("application/xml"))
                .body("detail", containsString("application/json"))
                .body("accepted", hasItems("application/json", "text/plain"));
    }

    @Test
    void anAnswerNoMediaTypeOfWhichIsAcceptedIsANotAcceptableProblem() {
        given().accept("image/png").get(ReportApi.REPORTS).then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("type", is("/problems/not-acceptable"))
                .body("offered", hasItems("application/json"));
    }

    @Test
    void anUndeclaredQueryParameterIsRefusedByName() {
        given().queryParam("sise", 10).get(ReportApi.REPORTS).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("/problems/invalid-parameter"))
                .body("errors[0].parameter", is("sise"))
                .body("detail", containsString("size"));
    }

    @Test
    void aCallerThatPrefersChineseGetsTheTitleInChineseAndTheSpecificsAsTheyAre() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").queryParam("sise", 10).get(ReportApi.REPORTS).then()
                .statusCode(400)
                .header("Content-Language", "zh-CN")
                .body("type", is("/problems/invalid-parameter"))
                .body("title", is("请求参数不可接受"))
                .body("detail", startsWith("请求参数不可接受：sise"))
                .body("errors[0].parameter", is("sise"));
        given().header("Accept-Language", "en").queryParam("sise", 10).get(ReportApi.REPORTS).then()
                .body("title", is("A request parameter is not acceptable"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zz;q=abc", "zh-CN;q=2", "zh;q=", ";;;", "zh-CN,,en;q=0.5;x=1", "\u00e9t\u00e9"})
    void aLanguageHeaderThatCannotBeReadLeavesTheProblemInEnglish(String acceptLanguage) {
        given().header("Accept-Language", acceptLanguage).queryParam("sise", 10).get(ReportApi.REPORTS).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", is("A request parameter is not acceptable"))
                .body("errors[0].parameter", is("sise"));
    }

    @Test
    void theLanguageTheCallerWeighsHighestDecidesNotTheFirstNamed() {
        given().header("Accept-Language", "en;q=0.5, zh-CN").queryParam("sise", 10).get(ReportApi.REPORTS).then()
                .statusCode(400)
                .body("title", is("请求参数不可接受"));
    }
}
