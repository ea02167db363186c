package gov.disclosure.reports.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.storage.ReportDocuments;
import gov.disclosure.reports.storage.ReportRevision;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.UUID;

import static gov.disclosure.reports.ReportApi.body;
import static gov.disclosure.reports.ReportApi.latest;
import static gov.disclosure.reports.ReportApi.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SubmitReportTest {

    @Inject
    ReportDocuments documents;

    @ParameterizedTest
    @FieldSource("gov.disclosure.reports.Fixtures#NAMES")
    void eachFixtureIsAcceptedAndReadBackEqual(String fixture) {
        ObjectNode report = Fixtures.newReport(fixture);

        var created = submit(report).then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", endsWith("/api/v1/agencies/%s/reports/%d"
                        .formatted(Fixtures.agencyId(report), report.get("year").asInt())))
                .body("id", notNullValue())
                .body("revision", is(1))
                .body("status", is("PUBLISHED"))
                .body("submittedAt", notNullValue())
                .body("validation.mode", is("STRICT"))
                .body("validation.valid", is(true))
                .body("validation.violations", empty())
                .body("validation.warnings", empty())
                .extract().response();
        assertEquals(report, body(created).get("report"));

        JsonNode byLocation = body(given().get(created.header("Location")).then().statusCode(200).extract().response());
        JsonNode byId = body(given().get("/api/v1/reports/" + created.path("id")).then().statusCode(200)
                .header("ETag", "\"1\"").extract().response());
        assertEquals(body(created), byLocation);
        assertEquals(body(created), byId);
    }

    @Test
    void submittingTheSameContentAgainStoresNothing() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        var first = submit(report).then().statusCode(201).extract().response();

        submit(report).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("id", equalTo(first.path("id")))
                .body("revision", is(1))
                .body("submittedAt", equalTo(first.path("submittedAt")));

        given().get(first.header("Location") + "/revisions").then().statusCode(200).body("size()", is(1));
    }

    @Test
    void aRevisionHashedAsItWasSentBeforeHashesTookNumbersByValueIsStillTheSameReport() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        String id = submit(report).then().statusCode(201).extract().path("id");
        String hashedAsSent = ReportDocuments.contentHash(documents.toJson(documents.report(report.toString())));

        storedHash(id, hashedAsSent);
        submit(report).then().statusCode(200).header("ETag", "\"1\"");

        storedHash(id, "a hash of something else");
        submit(report).then().statusCode(428);
    }

    /** Rewrites a stored revision's hash, as a release before stored it (past the trigger that keeps revisions as stored). */
    private static void storedHash(String reportId, String contentHash) {
        QuarkusTransaction.requiringNew().run(() -> {
            var entityManager = ReportRevision.getEntityManager();
            entityManager.createNativeQuery("set local session_replication_role = replica").executeUpdate();
            entityManager.createNativeQuery("update report_revision set content_hash = ?1 where report_id = ?2")
                    .setParameter(1, contentHash).setParameter(2, UUID.fromString(reportId)).executeUpdate();
        });
    }

    @Test
    void numbersAreComparedByValueSoZeroAndZeroPointZeroAreTheSameReport() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        ((ObjectNode) report.at("/proactiveDisclosure/fees")).put("amount", new java.math.BigDecimal("0.0"));
        submit(report).then().statusCode(201);

        ((ObjectNode) report.at("/proactiveDisclosure/fees")).put("amount", 0);
        submit(report).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void aReportCanBeAskedForOnlyIfChanged() {
        ObjectNode report = Fixtures.newReport("zhoukou-xzfwzx-2021");
        submit(report).then().statusCode(201);

        latest(report).then().statusCode(200);
        given().header("If-None-Match", "\"1\"").get(gov.disclosure.reports.ReportApi.path(report))
                .then().statusCode(304);
    }

    @Test
    void anUnknownReportIsNotFound() {
        given().get("/api/v1/agencies/no-such-agency/reports/2024").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("/problems/not-found"))
                .body("status", is(404));
        given().get("/api/v1/reports/5f0c8a52-6b7e-4d0f-9c3e-1a2b3c4d5e6f").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/reports/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }
}
