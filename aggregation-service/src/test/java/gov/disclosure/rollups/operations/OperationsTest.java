package gov.disclosure.rollups.operations;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static gov.disclosure.rollups.Events.agency;
import static gov.disclosure.rollups.Events.awaitApplied;
import static gov.disclosure.rollups.Events.published;
import static gov.disclosure.rollups.Events.send;
import static gov.disclosure.rollups.Events.unusedYear;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

/** What ops see: health that checks the database and Kafka, and the consumer's metrics. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka"));
    }

    @Test
    void consumedEventsUpdateTimesAndLagAreMeasured() {
        int year = unusedYear();
        String agency = agency("metrics");
        send(published(agency, "410482", year, 1, 1));
        awaitApplied(agency, year, 1);

        given().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("rollups_events_consumed_total{outcome=\"applied\"}"))
                .body(containsString("rollups_update_seconds_count"))
                .body(containsString("kafka_consumer_fetch_manager_records_lag_max"));
    }
}
