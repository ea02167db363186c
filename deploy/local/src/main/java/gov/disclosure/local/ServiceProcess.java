package gov.disclosure.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the services, run from its Quarkus jar ({@code target/quarkus-app/quarkus-run.jar}) as its own JVM,
 * configured through its environment. Ready when {@code /q/health/ready} answers 200.
 */
public final class ServiceProcess extends Component {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    /**
     * How often readiness is asked while waiting: the benchmark's time to ready is late by up to this much (a refused
     * connection or a 503 costs the service next to nothing).
     */
    private static final Duration POLL = Duration.ofMillis(100);

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;

    /**
     * @param environment its configuration ({@code DB_URL}, {@code KAFKA_BOOTSTRAP_SERVERS}, ...); the HTTP port
     *                    is set from {@code port}
     */
    public ServiceProcess(String name, Path jar, int port, Map<String, String> environment, Path log) {
        super(new ChildProcess(name, log));
        this.name = name;
        this.jar = jar.toAbsolutePath();
        this.port = port;
        this.environment = new HashMap<>(environment);
        this.environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        this.environment.putAll(JvmOptions.environment());
    }

    @Override
    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** {@code http://localhost:port} */
    public String url() {
        return "http://localhost:" + port;
    }

    @Override
    public void launch() {
        if (!Files.isRegularFile(jar)) {
            throw new StartupFailure(name + " is not built (no " + jar + "): run ./mvnw -DskipTests package");
        }
        List<String> arguments = new ArrayList<>(JvmOptions.forService(name, jar.getParent()));
        arguments.add("-jar");
        arguments.add(jar.toString());
        // in the jar's folder: the class-data sharing archive names the classpath as the build made it, relative to
        // that folder (quarkus-run.jar, lib/...); from anywhere else the JVM cannot use it and says so in the log
        process.start(ChildProcess.java(arguments.toArray(String[]::new)), environment, jar.getParent());
    }

    @Override
    public void awaitReady(Duration timeout) {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isRunning()) {
                throw new StartupFailure(name + " " + process.exitDescription() + " before it was ready; see " + log());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupFailure("interrupted while waiting for " + name, e);
            }
            if (System.nanoTime() > deadline) {
                throw new StartupFailure(name + " was not ready on " + url() + "/q/health/ready within "
                        + timeout.toSeconds() + " s; see " + log());
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupFailure("interrupted while waiting for " + name, e);
            }
        }
    }
}
