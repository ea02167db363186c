package gov.disclosure.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a service's JVM is run locally: sized to stay within its memory budget (issue 17: 300 MB resident under
 * load) and to start quickly. {@code SERVICE_JVM_OPTIONS} in the environment replaces the options (to compare
 * settings with {@code deploy/local/benchmark}).
 */
final class JvmOptions {

    /**
     * The options, unless {@code SERVICE_JVM_OPTIONS} says otherwise. Measured with the benchmark (live heap 30-40 MB
     * in its short run, up to 90 MB with a backlog of requests; class metadata about 120 MB, compiled code 25-37 MB): the heap starts small and
     * grows only as needed (the JVM's default initial heap is 1/64 of the machine's memory, all of it touched
     * sooner or later); the first metaspace threshold is high enough that starting up needs no full collections;
     * the serial collector suits two cores and a small heap (no concurrent threads, no remembered sets). The heap
     * may still grow to 512 MB: with 256 MB the aggregation service ran out of memory under the benchmark's open loop
     * (200 reports and 1,000 rollup reads a second, more than two cores serve, so that requests queue).
     */
    static final List<String> DEFAULT = List.of(
            "-Xms64m", "-Xmx512m", "-XX:MetaspaceSize=128m", "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:+ExitOnOutOfMemoryError");

    /**
     * The class-data sharing archive that {@code quarkus.package.jar.appcds.enabled=true} writes beside
     * {@code quarkus-run.jar}: classes loaded from it, not parsed from the jars, so the service starts sooner. The
     * JVM ignores it (and says so) if it was made by another JDK or for other jars.
     */
    static final String APP_CDS_ARCHIVE = "app-cds.jsa";

    /**
     * Added to a service's environment unless this process's own has them: fewer glibc malloc arenas (the default
     * is eight per core), less resident memory.
     */
    static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private JvmOptions() {
    }

    /** What to add to a service's environment. */
    static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(ENVIRONMENT);
        environment.replaceAll((name, value) -> System.getenv().getOrDefault(name, value));
        return environment;
    }

    /** The options for the service whose {@code quarkus-run.jar} is in {@code appDirectory}. */
    static List<String> forService(Path appDirectory) {
        String override = System.getenv("SERVICE_JVM_OPTIONS");
        List<String> options = new ArrayList<>(override == null || override.isBlank()
                ? DEFAULT : Arrays.asList(override.trim().split("\\s+")));
        Path archive = appDirectory.resolve(APP_CDS_ARCHIVE);
        boolean sharingChosen = options.stream().anyMatch(o -> o.startsWith("-Xshare") || o.startsWith("-XX:SharedArchiveFile"));
        if (Files.isRegularFile(archive) && !sharingChosen) {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        return options;
    }
}
