package gov.disclosure.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A part of the system that runs as its own process: the Kafka broker or a service. */
public abstract class Component {

    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    protected final ChildProcess process;

    protected Component(ChildProcess process) {
        this.process = process;
    }

    public abstract String name();

    /** Starts the process and returns; {@link #awaitReady} waits until it serves. */
    public abstract void launch();

    /** @throws StartupFailure if the process ends, or does not serve within {@code timeout} */
    public abstract void awaitReady(Duration timeout);

    public void start() {
        launch();
        awaitReady(Duration.ofSeconds(120));
    }

    /**
     * Graceful: SIGTERM (a service finishes its requests and commits what it consumed; the broker closes its logs
     * cleanly), and SIGKILL only if it does not end in time.
     */
    public void stop() {
        process.stop(STOP_GRACE);
    }

    /** SIGKILL: no shutdown hook, nothing flushed, as when the machine loses power. */
    public void kill() {
        process.kill();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process.isRunning();
    }

    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    public Path log() {
        return process.log();
    }

    /** The last lines of its log, to show why it failed. */
    public String tail(int lines) {
        return process.tail(lines);
    }
}
