package gov.disclosure.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Apache Kafka broker: one KRaft node that is both broker and controller, run as its own JVM from the
 * {@code kafka_2.13} jars on this module's runtime classpath. Its data lives in {@code home/data}: formatted on the
 * first start, reused by every later one, so that a stopped or killed broker comes back with its topics, offsets
 * and unread events. Topics are made as the services first use them, except the compacted ones ({@link #COMPACTED}),
 * which are made when the broker is ready, as the Kubernetes overlays make them.
 */
public final class KafkaBroker extends Component {

    private static final String CLASSPATH_RESOURCE = "runtime.classpath";
    /** Topics that keep the latest record per key (the roster), with their partitions. */
    static final Map<String, Integer> COMPACTED = Map.of("agency-roster", 3);

    private final Path home;
    private final int port;
    private final int controllerPort;

    /**
     * @param home           the broker's folder: {@code server.properties} and {@code data/}
     * @param port           where clients connect (localhost only)
     * @param controllerPort the KRaft controller's port; keep it with the data, it is written into the quorum
     * @param log            the broker's log file
     */
    public KafkaBroker(Path home, int port, int controllerPort, Path log) {
        super(new ChildProcess("kafka", log));
        this.home = home.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    @Override
    public String name() {
        return "kafka";
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Whether the data folder has been formatted: a start reuses it. */
    public boolean hasData() {
        return Files.exists(dataDirectory().resolve("meta.properties"));
    }

    @Override
    public void launch() {
        Path config = home.resolve("server.properties");
        try {
            Files.createDirectories(home);
            Files.writeString(config, serverProperties(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config, e);
        }
        String classpath = classpath();
        if (!hasData()) {
            format(classpath, config);
        }
        process.start(ChildProcess.java("-Xmx512m", "-XX:+ExitOnOutOfMemoryError",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
                "-cp", classpath, "kafka.Kafka", config.toString()), Map.of());
    }

    /** Waits until the broker answers a metadata request with itself in the cluster. */
    @Override
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500))) {
            while (true) {
                if (!process.isRunning()) {
                    throw new StartupFailure("kafka " + process.exitDescription() + " before it was ready; see " + log());
                }
                try {
                    Collection<Node> nodes = admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    if (!nodes.isEmpty()) {
                        createCompactedTopics(admin);
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not answering yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StartupFailure("interrupted while waiting for kafka", e);
                }
                if (System.nanoTime() > deadline) {
                    throw new StartupFailure("kafka did not answer on " + bootstrapServers() + " within "
                            + timeout.toSeconds() + " s; see " + log());
                }
                pause();
            }
        }
    }

    private static void createCompactedTopics(Admin admin) throws ExecutionException, InterruptedException,
            TimeoutException {
        Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
        List<NewTopic> missing = COMPACTED.entrySet().stream().filter(topic -> !existing.contains(topic.getKey()))
                .map(topic -> new NewTopic(topic.getKey(), topic.getValue(), (short) 1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))
                .toList();
        if (!missing.isEmpty()) {
            try {
                admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    /** One combined broker and controller; internal topics with one replica, as there is one broker. */
    String serverProperties() {
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.bootstrap.servers=localhost:%2$d
                listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                advertised.listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(port, controllerPort, dataDirectory());
    }

    private Path dataDirectory() {
        return home.resolve("data");
    }

    private void format(String classpath, Path config) {
        ChildProcess storageTool = new ChildProcess("kafka storage format", log());
        int exit = storageTool.run(ChildProcess.java("-cp", classpath, "kafka.tools.StorageTool", "format",
                "--standalone", "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString()),
                Duration.ofSeconds(60));
        if (exit != 0) {
            throw new StartupFailure("formatting kafka's data in " + dataDirectory() + " failed (exit code " + exit
                    + "); see " + log());
        }
    }

    /** The jars of this module's runtime scope, as written by maven-dependency-plugin at build time. */
    static String classpath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new StartupFailure("the broker's classpath file is missing: build deploy/local with ./mvnw package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("interrupted while waiting for kafka", e);
        }
    }
}
