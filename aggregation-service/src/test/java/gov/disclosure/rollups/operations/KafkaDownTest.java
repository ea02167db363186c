package gov.disclosure.rollups.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Without Kafka the aggregation service has nothing to do: it is not ready. */
@QuarkusTest
@TestProfile(KafkaDownTest.NoKafka.class)
class KafkaDownTest {

    public static class NoKafka implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:9",
                    "mp.messaging.incoming.report-published.bootstrap.servers", "127.0.0.1:9");
        }
    }

    @Test
    void readinessIsDown() {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/health/ready").statusCode() == 503);
    }
}
