package gov.disclosure.reports.batch;

import gov.disclosure.reports.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** Many texts at once: each stored or refused on its own, and the answer says which and why. */
@QuarkusTest
class BatchImportTest {

    private static final String BATCH = "/api/v1/reports/batch";

    @Test
    void eachTextIsStoredOrRefusedOnItsOwn() {
        String gulou = Fixtures.text("ruzhou-szfb-2024").replace("汝州市人民政府办公室", "鼓楼区人民政府办公室");
        String statistics = Fixtures.text("ruzhou-szfb-2024").replace("汝州市人民政府办公室", "汝州市批量导入测试局");

        RequestSpecification batch = given()
                .multiPart("file", "statistics.txt", statistics.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("file", "notice.txt", "会议通知".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("file", "gulou.txt", gulou.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("file", "statistics-again.txt", statistics.getBytes(StandardCharsets.UTF_8), "text/plain");

        batch.post(BATCH).then()
                .statusCode(200)
                .body("stored", is(1))
                .body("unchanged", is(1))
                .body("refused", is(2))
                .body("results.file", contains("statistics.txt", "notice.txt", "gulou.txt", "statistics-again.txt"))
                .body("results.outcome", contains("STORED", "REFUSED", "REFUSED", "UNCHANGED"))
                .body("results.status", contains(201, 422, 422, 200))
                .body("results[0].regionCode", is("410482"))
                .body("results[0].format", is("FORMAT_2021"))
                .body("results[0].reportId", notNullValue())
                .body("results[1].problem.type", is("/problems/unreadable-text"))
                .body("results[2].problem.type", is("/problems/region-undetermined"))
                .body("results[2].problem.candidates.regionCode", contains("320106", "320302", "350102", "410204"));
    }

    @Test
    void aFileInGbkWithoutACharsetIsStillRead() {
        String text = Fixtures.text("zhengzhou-zwfwb-2021").replace("郑州市政务服务办公室", "郑州市批量导入测试办");

        given().multiPart("file", "gbk.txt", text.getBytes(Charset.forName("GBK")), "text/plain")
                .queryParam("dryRun", "true")
                .post(BATCH).then()
                .statusCode(200)
                .body("results[0].outcome", is("CHECKED"))
                .body("results[0].agencyName", is("郑州市批量导入测试办"))
                .body("results[0].regionCode", is("410100"))
                .body("results[0].year", is(2021));
    }

    /** A part's declared charset is used: UTF-16 would read as neither UTF-8 nor GBK. */
    @Test
    void aFilesDeclaredCharsetIsUsed() {
        String text = Fixtures.text("zhengzhou-zwfwb-2021").replace("郑州市政务服务办公室", "郑州市字符集测试办");

        given().multiPart("file", "utf16.txt", text.getBytes(StandardCharsets.UTF_16LE), "text/plain; charset=UTF-16LE")
                .queryParam("dryRun", "true")
                .post(BATCH).then()
                .statusCode(200)
                .body("results[0].outcome", is("CHECKED"))
                .body("results[0].agencyName", is("郑州市字符集测试办"));
    }

    /** A batch and an import job read their uploads alike. */
    @ParameterizedTest
    @ValueSource(strings = {BATCH, "/api/v1/imports"})
    void anUploadWithoutAFileIsRefusedNamingTheField(String path) {
        given().multiPart("files", "statistics.txt", "x".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(path).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", is("file"));
    }

    @Test
    void aBatchOfJsonIsNotABatch() {
        given().contentType("application/json").body("{}").post(BATCH).then()
                .statusCode(415)
                .contentType("application/problem+json");
    }
}
