package gov.disclosure.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a service's {@code src/main/resources/application.properties} says that its manifests must agree with. */
record ServiceConfig(String name, Properties properties) {

    /** The repository's root, seen from this module's directory (where Surefire runs the tests). */
    static final Path ROOT = Path.of("..", "..");

    /** The identity provider's address (quarkus-oidc's auth-server-url): discovery, JWKS, issuer. */
    static final Set<String> IDENTITY_PROVIDER_VARIABLES = Set.of("OIDC_AUTH_SERVER_URL");

    /**
     * The pages' client of the identity provider (authorization-code flow): aggregation-service's pages, and
     * report-service for the people who follow their links.
     */
    static final Set<String> PAGES_CLIENT_VARIABLES = Set.of("OIDC_WEB_CLIENT_ID", "OIDC_WEB_CLIENT_SECRET");

    /** What every deployment must set: the database, Kafka and the identity provider (deploy/README.md). */
    static final Set<String> REQUIRED_VARIABLES = Set.of("DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
            "OIDC_AUTH_SERVER_URL");

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?)");
    private static final Pattern HEAP_MAX = Pattern.compile("-Xmx(\\d+)([mMgG])");

    static ServiceConfig of(String service) {
        Path file = ROOT.resolve(service).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServiceConfig config = new ServiceConfig(service, properties);
        if (!service.equals(config.get("quarkus.application.name", ""))) {
            throw new IllegalStateException(file + " does not name the application " + service);
        }
        return config;
    }

    String get(String key, String defaultValue) {
        return properties.getProperty(key, defaultValue);
    }

    String require(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(name + ": " + key + " is not in application.properties");
        }
        return value;
    }

    /** The names of the service's Reactive Messaging channels of a direction (incoming, outgoing). */
    Set<String> channels(String direction) {
        Set<String> channels = new TreeSet<>();
        String prefix = "mp.messaging." + direction + ".";
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(prefix) && key.endsWith(".connector")) {
                channels.add(key.substring(prefix.length(), key.length() - ".connector".length()));
            }
        }
        return channels;
    }

    int httpPort() {
        return Integer.parseInt(get("quarkus.http.port", "8080"));
    }

    /** {@code quarkus.shutdown.timeout} in seconds (0 when not set: no graceful shutdown). */
    long shutdownTimeoutSeconds() {
        String value = get("quarkus.shutdown.timeout", "0").trim();
        if (value.matches("\\d+")) {
            return Long.parseLong(value);
        }
        return java.time.Duration.parse(value.startsWith("P") ? value : "PT" + value.toUpperCase()).toSeconds();
    }

    /** The heap's maximum the service's image gives the JVM ({@code -Xmx} in {@code src/main/docker/Dockerfile.jvm}). */
    long heapMaxBytes() {
        Path dockerfile = ROOT.resolve(name).resolve("src/main/docker/Dockerfile.jvm");
        try {
            Matcher m = HEAP_MAX.matcher(Files.readString(dockerfile));
            if (!m.find()) {
                throw new IllegalStateException(dockerfile + " sets no -Xmx");
            }
            return Long.parseLong(m.group(1)) << (m.group(2).equalsIgnoreCase("g") ? 30 : 20);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String imageGroup() {
        return require("quarkus.container-image.group");
    }

    /** The path SmallRye Health serves a check on: live, ready or started. */
    String healthPath(String check) {
        String root = get("quarkus.http.root-path", "/");
        String nonApplication = under(root, get("quarkus.http.non-application-root-path", "q"));
        String health = under(nonApplication, get("quarkus.smallrye-health.root-path", "health"));
        String key = switch (check) {
            case "live" -> "quarkus.smallrye-health.liveness-path";
            case "ready" -> "quarkus.smallrye-health.readiness-path";
            case "started" -> "quarkus.smallrye-health.startup-path";
            default -> throw new IllegalArgumentException(check);
        };
        return under(health, get(key, check));
    }

    private static String under(String parent, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        return (parent.endsWith("/") ? parent : parent + "/") + path;
    }

    /** Environment variables the application reads: {@code ${NAME}} in its configuration. */
    Set<String> variablesRead() {
        Set<String> names = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher m = REFERENCE.matcher(properties.getProperty(key));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Variables the deployment must set: the required ones, and any the configuration reads without a default. */
    Set<String> variablesRequired() {
        Set<String> names = new TreeSet<>(REQUIRED_VARIABLES);
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%")) {
                continue;
            }
            Matcher m = REFERENCE.matcher(properties.getProperty(key));
            while (m.find()) {
                if (m.group(2).isEmpty()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }
}
