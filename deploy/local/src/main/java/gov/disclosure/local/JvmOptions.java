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
 * load) and to start quickly. {@code SERVICE_JVM_OPTIONS} in the environment replaces the options, and
 * {@code SERVICE_JVM_OPTIONS_APPEND} adds to them (as {@code JAVA_OPTS_APPEND} does in the services' images), to
 * compare settings with {@code deploy/local/benchmark}.
 */
final class JvmOptions {

    /**
     * The options of both services, unless {@code SERVICE_JVM_OPTIONS} says otherwise; the heap's maximum is
     * {@link #HEAP_MAX}'s. Measured with Native Memory Tracking ({@code -XX:NativeMemoryTracking=summary},
     * {@code jcmd PID VM.native_memory summary}, sampled every few seconds with {@code /proc/PID/status}) during
     * {@code deploy/local/benchmark full reports=600 bulk=5000 seconds=30 texts=50 baseline-seconds=2} (2026-12-05, a
     * machine loaded by other work: the open loop is overload, requests queue; tracking itself adds about 8 MB).
     * Resident at the peak before (commit 6edd757: {@code -Xmx512m}, Quarkus's 200 worker threads at most) and after:
     * <ul>
     *   <li>report service 497 MB before: heap 197 MB committed; class metadata 81 MB, plus 50 MB of class-data
     *       sharing archives and 16 MB of symbols; compiled code 43 MB; 204 threads, 24 MB of stacks; the C2 compiler's
     *       arenas 47 MB while it compiled a large method. After ({@code -Xmx256m}): 443 MB: heap 165 MB (at most
     *       64 MB live after a full collection), 64 threads with 7 MB of stacks, C2's arenas 36 MB at the peak, the
     *       rest as before;</li>
     *   <li>aggregation service 424 MB before: heap 152 MB; class metadata 81 + 47 + 16 MB; code 35 MB; 104 threads,
     *       12 MB; direct buffers 26 MB. After ({@code -Xmx128m}, measured with {@code -Xms32m}): 392 MB: heap 131 MB (40-56 MB live), 72 threads
     *       with 8 MB of stacks, direct buffers 14 MB.</li>
     * </ul>
     * Without tracking, these defaults as committed: 423 and 378 MB at the peak. CPU per report did not grow (one by
     * one: report service 35.0 ms before, 26.3-29.6 after; aggregation service 18.4, 12.7-13.7; bulk 10.6 ms in all
     * before, 8.8-9.5 after; the open loop 28.8, 29.7-33.3; the machine's load differed between the runs). What is outside the heap is
     * mostly the metadata of about 17,000 application and library classes loaded by Quarkus's class loader (never
     * unloaded, and not in the archive: JDK 17 archives only the JDK's own loaders' classes) and compiled code: about
     * 250 MB that these options do not shrink, so 300 MB resident is out of reach by options alone. The choices:
     * <ul>
     *   <li>the heap starts small and grows only as needed (the JVM's default initial heap is 1/64 of the machine's
     *       memory, all of it touched sooner or later); the serial collector suits two cores and a small heap (no
     *       concurrent threads, no remembered sets); the first metaspace threshold is high enough that starting up
     *       needs no full collections; code cache and thread stacks smaller than the defaults;</li>
     *   <li>{@code -XX:TrimNativeHeapInterval=5000}: glibc keeps memory that the JVM freed (the C2 compiler's tens of
     *       MB for one method, above) unless asked to give it back; this asks every 5 s;</li>
     *   <li>Netty's pooled allocator: no buffer cache per worker thread ({@code useCacheForAllThreads=false}: only
     *       the event loops keep one) and 1 MB chunks instead of 4 MB ({@code maxOrder=7}); the JDK keeps no temporary
     *       direct buffer over 256 KB per thread ({@code jdk.nio.maxCachedBufferSize}: the Kafka clients read and
     *       write heap buffers through them). With these and 32 worker threads ({@code quarkus.thread-pool.max-threads}
     *       in application.properties) the aggregation service's direct memory under the open loop was 14-17 MB
     *       instead of 26 MB, and its threads' stacks 7-8 MB instead of 12; the report service's stacks 3-7 MB instead
     *       of 24.</li>
     * </ul>
     */
    static final List<String> DEFAULT = List.of(
            "-Xms64m", "-XX:MetaspaceSize=128m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m", "-Xss512k",
            "-XX:+ExitOnOutOfMemoryError", "-XX:TrimNativeHeapInterval=5000",
            "-Dio.netty.allocator.useCacheForAllThreads=false", "-Dio.netty.allocator.maxOrder=7",
            "-Djdk.nio.maxCachedBufferSize=262144");

    /**
     * The heap's maximum by service (and for any other: the largest). The aggregation service's live heap stayed at
     * 40-56 MB after full collections under the benchmark's open loop with its admission limit (64 requests in flight):
     * 128 MB holds it (heap committed 131 MB instead of 152, resident peak 392 MB instead of 424). The report service
     * has no admission limit and takes bulk bodies of up to 32 MB: with 128 MB, two such requests at once ({@code
     * deploy/local/benchmark short bulk=8000 bulk-lines=4000}) kept 90 MB live and it collected without end until the
     * client gave up; with 256 MB (half the earlier 512) both were stored, at most 129 MB live after a full collection (its
     * resident peak then 493 MB: the bulk path holds a whole body and all its parsed lines).
     */
    static final Map<String, String> HEAP_MAX = Map.of("report-service", "-Xmx256m", "aggregation-service", "-Xmx128m");

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

    /** The options for the service {@code service} whose {@code quarkus-run.jar} is in {@code appDirectory}. */
    static List<String> forService(String service, Path appDirectory) {
        return forService(service, appDirectory, System.getenv("SERVICE_JVM_OPTIONS"),
                System.getenv("SERVICE_JVM_OPTIONS_APPEND"));
    }

    /**
     * @param override the options instead of the defaults; null or blank: the defaults
     * @param append options after those (a later option wins over an earlier one); null or blank: none
     */
    static List<String> forService(String service, Path appDirectory, String override, String append) {
        List<String> options = new ArrayList<>();
        if (isBlank(override)) {
            options.addAll(DEFAULT);
            options.add(HEAP_MAX.getOrDefault(service, "-Xmx256m"));
        } else {
            options.addAll(words(override));
        }
        if (!isBlank(append)) {
            options.addAll(words(append));
        }
        Path archive = appDirectory.resolve(APP_CDS_ARCHIVE);
        boolean sharingChosen = options.stream().anyMatch(o -> o.startsWith("-Xshare") || o.startsWith("-XX:SharedArchiveFile"));
        if (Files.isRegularFile(archive) && !sharingChosen) {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        return options;
    }

    private static boolean isBlank(String options) {
        return options == null || options.isBlank();
    }

    private static List<String> words(String options) {
        return Arrays.asList(options.trim().split("\\s+"));
    }
}
