package gov.disclosure.kafka;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class KafkaClusterTest {

    @Test
    void theHealthCheckConnectsAsTheChannelsDoToAClusterBehindSaslAndTls() {
        Map<String, Object> config = KafkaCluster.adminConfig(Map.of(
                "bootstrap.servers", "kafka:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/kafka/truststore.p12"), "report-service-health");

        assertEquals("kafka:9093", config.get("bootstrap.servers"));
        assertEquals("SASL_SSL", config.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", config.get("sasl.mechanism"));
        assertEquals("/etc/kafka/truststore.p12", config.get("ssl.truststore.location"));
        assertEquals("report-service-health", config.get("client.id"));
    }

    @Test
    void aTlsConfigurationOfQuarkusTlsRegistryIsKeptForItsSslEngineFactory() {
        Map<String, Object> config = KafkaCluster.adminConfig(Map.of(
                "bootstrap.servers", "kafka:9093",
                "tls-configuration-name", "kafka",
                "ssl.engine.factory.class", "io.quarkus.kafka.client.tls.QuarkusKafkaSslEngineFactory"), "x");

        assertEquals("kafka", config.get("tls-configuration-name"));
        assertEquals("io.quarkus.kafka.client.tls.QuarkusKafkaSslEngineFactory", config.get("ssl.engine.factory.class"));
    }

    @Test
    void settingsAnAdminClientDoesNotTakeAreLeftOut() {
        Map<String, Object> config = KafkaCluster.adminConfig(Map.of(
                "bootstrap.servers", "kafka:9092",
                "group.id", "aggregation-service",
                "key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer"), "x");

        assertFalse(config.containsKey("group.id"));
        assertFalse(config.containsKey("key.deserializer"));
        assertEquals(KafkaCluster.TIMEOUT_MS, config.get("request.timeout.ms"));
    }
}
