package gov.disclosure.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A Java program run as a child process, its output appended to a log file. It can be stopped (SIGTERM, then
 * SIGKILL if it does not end in time), killed (SIGKILL) and started again.
 */
final class ChildProcess {

    /**
     * Each child gets its own session, so that Ctrl-C in the terminal reaches only LocalSystem, which then stops the
     * services before the broker they send to.
     */
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private final String name;
    private final Path log;
    private Process process;

    ChildProcess(String name, Path log) {
        this.name = name;
        this.log = log;
    }

    /** The java command: this JVM's own java, so that children run on the same JDK. */
    static List<String> java(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(JAVA.toString());
        command.addAll(List.of(arguments));
        return command;
    }

    synchronized void start(List<String> command, Map<String, String> environment) {
        start(command, environment, null);
    }

    /** @param directory its working directory; null: this process's */
    synchronized void start(List<String> command, Map<String, String> environment, Path directory) {
        if (isRunning()) {
            throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
        }
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Runs the command to its end, output to the log, and answers its exit code. */
    int run(List<String> command, Duration timeout) {
        start(command, Map.of());
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + name, e);
        }
    }

    /** SIGTERM, and SIGKILL if the process has not ended within {@code grace}. */
    synchronized void stop(Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitFor(grace)) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(30));
        }
    }

    /** SIGKILL: no shutdown hook, nothing flushed, as when the machine loses power. */
    synchronized void kill() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException(name + " has not been started");
        }
        return process.pid();
    }

    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    synchronized CompletableFuture<Process> onExit() {
        if (process == null) {
            throw new IllegalStateException(name + " has not been started");
        }
        return process.onExit();
    }

    /** "exited with code 1", for messages about a process that ended when it should not have. */
    synchronized String exitDescription() {
        if (process == null) {
            return "was not started";
        }
        return process.isAlive() ? "is running" : "exited with code " + process.exitValue();
    }

    Path log() {
        return log;
    }

    /** The last lines of the log, to show why something failed. */
    String tail(int lines) {
        try {
            if (!Files.exists(log)) {
                return "";
            }
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
