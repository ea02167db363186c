package gov.disclosure.reports.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static gov.disclosure.reports.ReportApi.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** What ops see: health, metrics, without a token. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessChecksTheDatabaseAndWellnessChecksKafka() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/well").then()
                .statusCode(200)
                .body("checks.name", hasItem("Kafka (report-published outbox)"))
                .body("checks.find { it.name == 'Kafka (report-published outbox)' }.status", is("UP"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void acceptedAndRefusedReportsAndPublishedEventsAreCounted() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        submit(report).then().statusCode(201);
        submit(Fixtures.with(Fixtures.newReport("ruzhou-szfb-2024"), "/applications/carriedForward/total", 9))
                .then().statusCode(422);

        given().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("reports_accepted_total{form=\"json\",outcome=\"create\"}"))
                .body(containsString("reports_refused_total{reason=\"rule-violations\"}"))
                .body(containsString("reports_events_published_total"))
                .body(containsString("reports_outbox_backlog"))
                .body(containsString("reports_outbox_oldest_age_seconds"));
    }
}
