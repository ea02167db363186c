package gov.disclosure.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the Kafka cluster whether it answers, for the services' health checks, with the connection settings their
 * channels use ({@code kafka.*}: the bootstrap servers and, where the cluster wants them, the SASL and TLS settings).
 * One admin client per service, made when a check first asks.
 */
@ApplicationScoped
public class KafkaCluster {

    static final int TIMEOUT_MS = 2_000;
    /** What Quarkus adds to {@code kafka.*} for a TLS configuration of its registry: its SSL engine factory reads it. */
    private static final String TLS_CONFIGURATION_NAME = "tls-configuration-name";

    private final AdminClient admin;

    public KafkaCluster(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                        @ConfigProperty(name = "quarkus.application.name") String application) {
        this.admin = AdminClient.create(adminConfig(kafkaConfig, application + "-health"));
    }

    /** The settings of {@code kafka.*} an admin client takes, with the checks' short timeouts. */
    static Map<String, Object> adminConfig(Map<String, Object> kafkaConfig, String clientId) {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((name, value) -> {
            if (AdminClientConfig.configNames().contains(name) || name.equals(TLS_CONFIGURATION_NAME)) {
                config.put(name, value);
            }
        });
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        return config;
    }

    /** How many brokers the cluster has; throws when it does not say so within 2 s. */
    public int brokers() throws ExecutionException, InterruptedException, TimeoutException {
        return admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
                .nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
