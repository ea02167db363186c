package gov.disclosure.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A part of the system that runs as its own process: the Kafka broker or a service. */
public interface Component {

    String name();

    /** Starts the process and returns; {@link #awaitReady} waits until it serves. */
    void launch();

    /** @throws StartupFailure if the process ends, or does not serve within {@code timeout} */
    void awaitReady(Duration timeout);

    default void start() {
        launch();
        awaitReady(Duration.ofSeconds(120));
    }

    /** Graceful: SIGTERM, and SIGKILL only if it does not end in time. */
    void stop();

    /** SIGKILL. */
    void kill();

    boolean isRunning();

    CompletableFuture<Process> onExit();

    Path log();

    /** The last lines of its log, to show why it failed. */
    String tail(int lines);
}
