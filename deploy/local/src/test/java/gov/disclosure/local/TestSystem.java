package gov.disclosure.local;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The whole system for one test class: its own Kafka broker (free ports, data under
 * {@code target/e2e/<class>/kafka}), empty databases, and both services on free ports. Logs stay in
 * {@code target/e2e/<class>/} after the run. Register it with {@code @RegisterExtension static}.
 */
final class TestSystem implements BeforeAllCallback, AfterAllCallback {

    /** A checkout's own databases when it names a suffix (as for the services' test schemas): checkouts run at once. */
    private static final String SUFFIX = System.getProperty("TEST_SCHEMA_SUFFIX", "");
    static final String REPORT_DATABASE = "report_service_e2e" + SUFFIX;
    static final String AGGREGATION_DATABASE = "aggregation_service_e2e" + SUFFIX;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Databases databases = Databases.local();
    private final ExpectedRollups expected = new ExpectedRollups();
    /** Kills the processes if the test JVM ends before afterAll (Maven interrupted): they run in their own sessions. */
    private final Thread killOnExit = new Thread(this::killAll, "e2e-kill-on-exit");
    private LocalKeys keys;
    private KafkaBroker kafka;
    private ServiceProcess reportService;
    private ServiceProcess aggregationService;

    @Override
    public void beforeAll(ExtensionContext context) {
        ProjectLayout layout = ProjectLayout.find();
        Path home = layout.root().resolve("deploy/local/target/e2e").resolve(context.getRequiredTestClass().getSimpleName());
        Folders.deleteRecursively(home);
        databases.checkReachable();
        databases.recreate(REPORT_DATABASE, AGGREGATION_DATABASE);

        int[] ports = Ports.free(4);
        keys = LocalKeys.in(home.resolve("keys"));
        kafka = new KafkaBroker(home.resolve("kafka"), ports[0], ports[1], home.resolve("kafka.log"));
        reportService = service(layout, "report-service", ports[2], REPORT_DATABASE, home);
        aggregationService = new ServiceProcess("aggregation-service", layout.serviceJar("aggregation-service"), ports[3],
                ServiceEnvironment.pages(ServiceEnvironment.of(databases, AGGREGATION_DATABASE, kafka, keys),
                        reportService.url()), home.resolve("aggregation-service.log"));
        Runtime.getRuntime().addShutdownHook(killOnExit);
        try {
            start(kafka);
            reportService.launch();
            aggregationService.launch();
            await(reportService);
            await(aggregationService);
        } catch (RuntimeException e) {
            for (Component component : List.of(kafka, reportService, aggregationService)) {
                System.out.printf("[e2e] last lines of %s:%n%s%n", component.log(), component.tail(40));
            }
            stopAll();
            throw e;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopAll();
        Runtime.getRuntime().removeShutdownHook(killOnExit);
    }

    KafkaBroker kafka() {
        return kafka;
    }

    ServiceProcess reportService() {
        return reportService;
    }

    ServiceProcess aggregationService() {
        return aggregationService;
    }

    /** What the rollups must say after everything this class stored through {@link #reports()}. */
    ExpectedRollups expected() {
        return expected;
    }

    ReportApi reports() {
        return new ReportApi(reportService.url(), keys.adminToken(), expected);
    }

    /** A token of this system's keys: a reviewer of {@code region}, or a submitter for {@code agencyIds} in it. */
    String token(String role, String region, String... agencyIds) {
        return keys.token(role + "-" + region, java.util.List.of(role), region, java.util.List.of(agencyIds),
                Duration.ofHours(1));
    }

    /** The folder of this system's keys, for deploy/local/token (LOCAL_KEYS). */
    java.nio.file.Path keysFolder() {
        return keys.folder();
    }

    /** A dashboard's token: reads every rollup. */
    String viewerToken() {
        return keys.token("viewer", java.util.List.of("viewer"), null, java.util.List.of(), Duration.ofHours(1));
    }

    String adminToken() {
        return keys.adminToken();
    }

    RollupApi rollups() {
        return new RollupApi(aggregationService.url(), keys.adminToken());
    }

    /** Starts a component (again) and waits until it is ready. */
    void start(Component component) {
        long start = System.nanoTime();
        component.launch();
        await(component);
        System.out.printf("[e2e] %s ready in %.1f s%n", component.name(), (System.nanoTime() - start) / 1e9);
    }

    void stop(Component component) {
        component.stop();
        System.out.printf("[e2e] %s stopped%n", component.name());
    }

    void kill(Component component) {
        component.kill();
        System.out.printf("[e2e] %s killed%n", component.name());
    }

    private void await(Component component) {
        component.awaitReady(READY_TIMEOUT);
    }

    private ServiceProcess service(ProjectLayout layout, String name, int port, String database, Path home) {
        return new ServiceProcess(name, layout.serviceJar(name), port,
                ServiceEnvironment.of(databases, database, kafka, keys), home.resolve(name + ".log"));
    }

    private void stopAll() {
        for (Component component : new Component[]{aggregationService, reportService, kafka}) {
            if (component != null && component.isRunning()) {
                stop(component);
            }
        }
    }

    private void killAll() {
        for (Component component : new Component[]{aggregationService, reportService, kafka}) {
            if (component != null) {
                component.kill();
            }
        }
    }
}
