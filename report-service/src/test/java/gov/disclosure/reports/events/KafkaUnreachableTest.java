package gov.disclosure.reports.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static gov.disclosure.reports.ReportApi.submit;
import static gov.disclosure.reports.ReportApi.withdraw;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** With no broker to talk to, reports are still accepted; their events wait in the outbox. */
@QuarkusTest
@TestProfile(KafkaUnreachableTest.NoBroker.class)
class KafkaUnreachableTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mp.messaging.outgoing.report-published.bootstrap.servers", "127.0.0.1:9",
                    "mp.messaging.outgoing.report-published.max.block.ms", "1000",
                    "mp.messaging.outgoing.report-published.delivery.timeout.ms", "3000",
                    "mp.messaging.outgoing.report-published.request.timeout.ms", "1000",
                    "reports.outbox.send-timeout", "5s",
                    "kafka.bootstrap.servers", "127.0.0.1:9");
        }
    }

    @Test
    void submissionsSucceedAndTheirEventsWaitUnsent() throws InterruptedException {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");

        submit(report).then().statusCode(201);
        withdraw(report, "\"1\"").then().statusCode(200);
        Thread.sleep(2_000);

        long unsent = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key = ?1 and sentAt is null",
                Fixtures.agencyId(report)));
        assertEquals(2, unsent);
    }

    @Test
    void theServiceStaysReadyAndReportsKafkaAsUnwell() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/well").then()
                .statusCode(503)
                .body("checks.find { it.name == 'Kafka (report-published outbox)' }.status", is("DOWN"));
    }
}
