package gov.disclosure.local;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a service is told when it is started here: its database, the broker, the keys tokens are checked with. */
public final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    public static Map<String, String> of(Databases databases, String database, KafkaBroker kafka, LocalKeys keys) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("DB_URL", databases.jdbcUrl(database));
        environment.put("DB_USER", databases.user());
        environment.put("DB_PASSWORD", databases.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        // no identity provider here: quarkus-oidc verifies with the local public key and checks the local issuer
        environment.put("OIDC_PUBLIC_KEY", keys.publicKey());
        environment.put("OIDC_TOKEN_ISSUER", LocalKeys.ISSUER);
        // readable logs on one machine (JSON is the production default)
        environment.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        return environment;
    }

    /**
     * aggregation-service's pages on one machine: the public figures shown to visitors who have not signed in, the
     * sign-in cookie sent over plain HTTP, and the links into the report service at {@code reportServiceUrl}.
     */
    static Map<String, String> pages(Map<String, String> environment, String reportServiceUrl) {
        Map<String, String> withPages = new LinkedHashMap<>(environment);
        withPages.put("WEB_PUBLIC_FIGURES", "true");
        withPages.put("WEB_SECURE_COOKIE", "false");
        withPages.put("WEB_REPORT_API_URL", reportServiceUrl);
        return withPages;
    }
}
