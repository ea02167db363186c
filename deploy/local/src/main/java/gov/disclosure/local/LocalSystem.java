package gov.disclosure.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole system on this machine, for {@code deploy/local/run}: a Kafka broker, the services' databases on the
 * local PostgreSQL, both services, and the fixture reports loaded. Ctrl-C (or a part failing) stops everything.
 * Ports can be changed with KAFKA_PORT, KAFKA_CONTROLLER_PORT, REPORT_PORT and AGGREGATION_PORT. Kafka's data and
 * the databases are kept from one run to the next; {@code --fresh} starts from empty ones.
 */
public final class LocalSystem {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final String REPORT_DATABASE = "report_service";
    private static final String AGGREGATION_DATABASE = "aggregation_service";

    private final ProjectLayout layout;
    private final Databases databases = Databases.local();
    private final Map<String, Integer> ports;
    private final boolean fresh;
    private final List<Component> started = new ArrayList<>();
    private boolean stopping;

    LocalSystem(ProjectLayout layout, Map<String, Integer> ports, boolean fresh) {
        this.layout = layout;
        this.ports = ports;
        this.fresh = fresh;
    }

    public static void main(String[] args) {
        LocalSystem system;
        try {
            system = new LocalSystem(ProjectLayout.find(), ports(System.getenv()), fresh(args));
        } catch (RuntimeException e) {
            say("FAILED: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(system::stop, "local-system-stop"));
        try {
            system.run();
        } catch (RuntimeException e) {
            if (!system.isStopping()) {
                say("FAILED: " + e.getMessage());
                System.exit(1);
            }
        }
    }

    static boolean fresh(String[] args) {
        if (args.length == 0) {
            return false;
        }
        if (args.length == 1 && args[0].equals("--fresh")) {
            return true;
        }
        throw new IllegalArgumentException("usage: deploy/local/run [--fresh]   (--fresh: empty databases and a new Kafka)");
    }

    /** The ports to use, by the environment variable that changes each. */
    static Map<String, Integer> ports(Map<String, String> environment) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("KAFKA_PORT", 9092);
        ports.put("KAFKA_CONTROLLER_PORT", 9093);
        ports.put("REPORT_PORT", 8081);
        ports.put("AGGREGATION_PORT", 8082);
        ports.replaceAll((variable, port) -> {
            String value = environment.get(variable);
            if (value == null || value.isBlank()) {
                return port;
            }
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(variable + "=" + value + " is not a port number");
            }
        });
        return ports;
    }

    /** The first port of {@code ports} that is taken, as the line to print; null when all are free. */
    static String portProblem(Map<String, Integer> ports) {
        for (Map.Entry<String, Integer> port : ports.entrySet()) {
            if (!Ports.isFree(port.getValue())) {
                return "port " + port.getValue() + " is in use by another process: stop it, or choose another port with "
                        + port.getKey() + "=<port>";
            }
        }
        return null;
    }

    void run() {
        checkMachine();
        Path run = layout.runDirectory();
        Path logs = run.resolve("logs");
        if (fresh) {
            say("--fresh: dropping the databases " + REPORT_DATABASE + " and " + AGGREGATION_DATABASE
                    + ", and kafka's data");
            databases.recreate(REPORT_DATABASE, AGGREGATION_DATABASE);
            Folders.deleteRecursively(run.resolve("kafka"));
        }
        KafkaBroker kafka = new KafkaBroker(run.resolve("kafka"), ports.get("KAFKA_PORT"),
                ports.get("KAFKA_CONTROLLER_PORT"), emptyLog(logs, "kafka"));
        say("kafka: starting on " + kafka.bootstrapServers() + (kafka.hasData() ? " with the data of the last run" : "")
                + " (log: " + layout.show(kafka.log()) + ")");
        launch(kafka);
        awaitReady(kafka);

        List<String> created = databases.createIfMissing(REPORT_DATABASE, AGGREGATION_DATABASE);
        say("postgresql: databases " + REPORT_DATABASE + " and " + AGGREGATION_DATABASE + " ready"
                + (created.isEmpty() ? "" : " (created " + String.join(", ", created) + ")"));

        LocalKeys keys = LocalKeys.in(run.resolve("keys"));
        ServiceProcess reportService = service("report-service", ports.get("REPORT_PORT"), REPORT_DATABASE, kafka, keys,
                logs);
        ServiceProcess aggregationService = new ServiceProcess("aggregation-service",
                layout.serviceJar("aggregation-service"), ports.get("AGGREGATION_PORT"),
                ServiceEnvironment.pages(ServiceEnvironment.of(databases, AGGREGATION_DATABASE, kafka, keys),
                        reportService.url()), emptyLog(logs, "aggregation-service"));
        for (ServiceProcess service : List.of(reportService, aggregationService)) {
            say(service.name() + ": starting on port " + service.port() + " (log: " + layout.show(service.log()) + ")");
            launch(service);
        }
        awaitReady(reportService);
        awaitReady(aggregationService);

        loadFixtures(reportService, keys.adminToken());
        printWhereThingsAre(reportService, aggregationService, kafka, logs);
        printSignIn(aggregationService, keys);
        watch();
    }

    private void checkMachine() {
        for (String service : List.of("report-service", "aggregation-service")) {
            if (!Files.isRegularFile(layout.serviceJar(service))) {
                throw new StartupFailure(service + " is not built: run ./mvnw -DskipTests package");
            }
        }
        String portProblem = portProblem(ports);
        if (portProblem != null) {
            throw new StartupFailure(portProblem);
        }
        databases.checkReachable();
    }

    private ServiceProcess service(String name, int port, String database, KafkaBroker kafka, LocalKeys keys,
                                   Path logs) {
        return new ServiceProcess(name, layout.serviceJar(name), port,
                ServiceEnvironment.of(databases, database, kafka, keys), emptyLog(logs, name));
    }

    /** Starts a component unless Ctrl-C came first: the shutdown hook stops every component launched before it. */
    private void launch(Component component) {
        synchronized (this) {
            if (stopping) {
                throw new StartupFailure("stopped before " + component.name() + " started");
            }
            started.add(component);
        }
        component.launch();
    }

    private void awaitReady(Component component) {
        long start = System.nanoTime();
        component.awaitReady(READY_TIMEOUT);
        say(component.name() + ": ready (%.1f s)".formatted((System.nanoTime() - start) / 1e9));
    }

    /** Submits each fixture report; one already stored with the same content answers 200, so reruns add nothing. */
    private void loadFixtures(ServiceProcess reportService, String adminToken) {
        List<Path> fixtures = layout.fixtureReports();
        say("report-service: loading " + fixtures.size() + " fixture reports");
        HttpClient http = HttpClient.newHttpClient();
        for (Path fixture : fixtures) {
            String name = fixture.getFileName().toString().replace(".expected.json", "");
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(reportService.url() + "/api/v1/reports"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + adminToken)
                        .POST(HttpRequest.BodyPublishers.ofFile(fixture))
                        .timeout(Duration.ofSeconds(30))
                        .build(), HttpResponse.BodyHandlers.ofString());
                String revision = response.headers().firstValue("ETag").map(etag -> " (revision " + etag.replace("\"", "") + ")").orElse("");
                say("  " + name + ": " + switch (response.statusCode()) {
                    case 201 -> "201 stored" + revision;
                    case 200 -> "200 already stored" + revision;
                    default -> response.statusCode() + " refused: " + oneLine(response.body());
                });
            } catch (IOException e) {
                say("  " + name + ": not sent: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupFailure("interrupted while loading the fixture reports", e);
            }
        }
    }

    private void printWhereThingsAre(ServiceProcess reportService, ServiceProcess aggregationService, KafkaBroker kafka,
                                     Path logs) {
        String report = reportService.url();
        String aggregation = aggregationService.url();
        System.out.printf("""

                  The system is up. Ctrl-C stops it.
                    Report API            %1$s/api/v1/reports
                    A report              %1$s/api/v1/agencies/410482-szfb/reports/2024
                    Report Swagger UI     %1$s/q/swagger-ui
                    The roster            %1$s/api/v1/agencies?regionCode=410000
                    A rollup              %2$s/api/v1/rollups/410000/2024?scope=all
                    Completeness          %2$s/api/v1/completeness/410000/2024?scope=all
                    Its sub-regions       %2$s/api/v1/rollups/410000/2024/children?scope=all
                    Rollups Swagger UI    %2$s/q/swagger-ui
                    Kafka                 %3$s (topics report-published, agency-roster)
                    PostgreSQL            127.0.0.1:5432, databases %4$s and %5$s
                    Logs                  %6$s/

                  Every API call needs a token; deploy/local/token prints one for a role:
                    deploy/local/token admin | viewer | reviewer 410000 | submitter 410482 410482-szfb
                    curl -H "Authorization: Bearer $(deploy/local/token viewer)" '%2$s/api/v1/rollups/410000/2024'

                """, report, aggregation, kafka.bootstrapServers(), REPORT_DATABASE, AGGREGATION_DATABASE, layout.show(logs));
        System.out.flush();
    }

    /** The pages, and the addresses that sign a person in with a local token (valid 12 hours). */
    private static void printSignIn(ServiceProcess aggregationService, LocalKeys keys) {
        String url = aggregationService.url();
        Duration validity = Duration.ofHours(12);
        System.out.printf("""
                  The pages (public figures without signing in):  %1$s/
                  Sign in as a viewer (completeness, reports):    %1$s/sign-in?token=%2$s
                  Sign in as an admin:                            %1$s/sign-in?token=%3$s
                  Sign in as the reviewer of 河南省:              %1$s/sign-in?token=%4$s

                """, url, keys.token("local-viewer", List.of("viewer"), null, List.of(), validity),
                keys.token("local-admin", List.of("admin"), null, List.of(), validity),
                keys.token("local-reviewer-410000", List.of("reviewer"), "410000", List.of(), validity));
        System.out.flush();
    }

    /** Runs until Ctrl-C; a component that ends by itself ends the whole run. */
    private void watch() {
        List<Component> components;
        synchronized (this) {
            components = List.copyOf(started);
        }
        CompletableFuture.anyOf(components.stream().map(Component::onExit).toArray(CompletableFuture[]::new)).join();
        if (isStopping()) {
            return;
        }
        for (Component component : components) {
            if (!component.isRunning()) {
                throw new StartupFailure(component.name() + " stopped by itself; see " + layout.show(component.log()));
            }
        }
    }

    /** Stops the services first, while the broker they send to is still up, then the broker. */
    void stop() {
        List<Component> components;
        synchronized (this) {
            stopping = true;
            components = new ArrayList<>(started);
        }
        if (components.stream().noneMatch(Component::isRunning)) {
            return;
        }
        say("stopping");
        for (int i = components.size() - 1; i >= 0; i--) {
            Component component = components.get(i);
            if (component.isRunning()) {
                component.stop();
                say(component.name() + ": stopped");
            }
        }
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    private static Path emptyLog(Path logs, String name) {
        Path log = logs.resolve(name + ".log");
        try {
            Files.createDirectories(logs);
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + log, e);
        }
        return log;
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static void say(String line) {
        System.out.println("[local] " + line);
        System.out.flush();
    }
}
