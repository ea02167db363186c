package gov.disclosure.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each service's image archives the classes its service loads while starting (AppCDS), with the image's own JVM as
 * its entry script starts it, after the application's files are in place, and every start uses that archive. No
 * container engine here: the image's build is replayed with this machine's JDK in a temporary directory standing for
 * the image's root.
 */
class ClassDataSharingTest {

    /** {@code RUN JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND} options" script} */
    private static final Pattern GENERATION =
            Pattern.compile("JAVA_OPTS_APPEND=\"\\$\\{JAVA_OPTS_APPEND} ([^\"]+)\" (\\S+)");
    private static final String ARCHIVE_OUTPUT = "-XX:ArchiveClassesAtExit=";
    private static final String ARCHIVE_INPUT = "-XX:SharedArchiveFile=";
    /** Quarkus stops after its static initialization: what its own AppCDS build step runs the application with. */
    private static final String STOP_AFTER_STATIC_INIT = "-Dquarkus.appcds.generate=true";
    private static final long SECONDS_TO_EXIT = 120;

    static Stream<String> services() {
        return ManifestChecks.SERVICES.stream();
    }

    @ParameterizedTest
    @MethodSource("services")
    void theImageMakesItsArchiveOnceItsFilesAreInPlaceAndStartsWithIt(String service) {
        assertEquals(List.of(), problems(Dockerfile.of(service)));
    }

    @ParameterizedTest
    @MethodSource("services")
    void theArchiveTheImageMakesIsTheOneItsJvmUses(String service, @TempDir Path root) throws Exception {
        Dockerfile image = Dockerfile.of(service);
        image.copyInto(root);
        List<Integer> runs = image.indexesOf("RUN");
        assertEquals(1, runs.size(), "RUN instructions");
        int generation = runs.get(0);
        Matcher run = GENERATION.matcher(image.instructions().get(generation).arguments());
        assertTrue(run.matches(), "the RUN instruction: " + image.instructions().get(generation));
        Map<String, String> atGeneration = image.environmentBefore(generation);
        String archive = archivePath(run.group(1)).orElseThrow();

        Exit made = java(root, atGeneration, atGeneration.get("JAVA_OPTS_APPEND") + " " + run.group(1));
        assertEquals(0, made.code(), "making the archive failed:\n" + made.output());
        assertTrue(Files.isRegularFile(inside(root, archive)), "no archive at " + archive);

        // with -Xshare:on the JVM stops at once if it cannot use the archive (another JDK, other jars, another path)
        Map<String, String> atStart = image.environment();
        Exit started = java(root, atStart, atStart.get("JAVA_OPTS_APPEND") + " -Xshare:on " + STOP_AFTER_STATIC_INIT);
        assertEquals(0, started.code(), "the JVM refused the image's archive:\n" + started.output());
    }

    static Stream<Arguments> mistakes() {
        String run = "RUN JAVA_OPTS_APPEND=";
        String startedWith = "should be JAVA_OPTS_APPEND at the RUN and " + ARCHIVE_INPUT;
        String archive = ARCHIVE_INPUT + "/deployments/app-cds.jsa";
        return Stream.of(
                mistake("the archive made before the jars are copied", "should follow every COPY",
                        text -> moveLineBefore(text, run, "COPY --chown=185 target/quarkus-app/lib/")),
                mistake("the image started without the archive", startedWith,
                        text -> text.replace(" " + archive + "\"", "\"")),
                mistake("the image started with another archive", startedWith,
                        text -> text.replace(archive, ARCHIVE_INPUT + "/tmp/app-cds.jsa")),
                mistake("the whole application started at the image's build", "should stop after static init",
                        text -> text.replace(" " + STOP_AFTER_STATIC_INIT, "")),
                mistake("another script making the archive", "should run the ENTRYPOINT's script",
                        text -> text.replace("true\" /opt/jboss/container/java/run/run-java.sh",
                                "true\" /usr/local/bin/run-java.sh")),
                mistake("the archive made by java itself", "should start the entry script",
                        text -> text.replace("true\" /opt/jboss/container/java/run/run-java.sh",
                                "true\" java -jar /deployments/quarkus-run.jar")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void theChecksFindEachMistake(String mistake, String expected, UnaryOperator<String> edit) throws IOException {
        Path context = ServiceConfig.ROOT.resolve("report-service");
        String text = Files.readString(context.resolve("src/main/docker/Dockerfile.jvm"));
        String edited = edit.apply(text);
        assertNotEquals(text, edited, mistake + ": the edit changed nothing");
        List<String> problems = problems(Dockerfile.parse(context, edited));
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), mistake + ": " + problems);
    }

    /** What is wrong with how {@code image} makes and uses its class archive; empty when nothing is. */
    static List<String> problems(Dockerfile image) {
        List<String> problems = new ArrayList<>();
        List<Integer> runs = image.indexesOf("RUN");
        if (runs.size() != 1) {
            return List.of("one RUN should make the class archive, found " + runs.size());
        }
        int generation = runs.get(0);
        Matcher run = GENERATION.matcher(image.instructions().get(generation).arguments());
        if (!run.matches()) {
            return List.of("the RUN should start the entry script with "
                    + "JAVA_OPTS_APPEND=\"${JAVA_OPTS_APPEND} options\"");
        }
        String options = run.group(1);
        if (!run.group(2).equals(image.entrypoint())) {
            problems.add("the RUN should run the ENTRYPOINT's script " + image.entrypoint()
                    + " (the same JVM and options), not " + run.group(2));
        }
        if (!Arrays.asList(options.split("\\s+")).contains(STOP_AFTER_STATIC_INIT)) {
            problems.add("the RUN should stop after static init (" + STOP_AFTER_STATIC_INIT
                    + "): no database or Kafka at a build");
        }
        boolean copiedAfter = Stream.of("COPY", "USER").flatMap(keyword -> image.indexesOf(keyword).stream())
                .anyMatch(i -> i > generation);
        if (copiedAfter) {
            problems.add("the RUN should follow every COPY (the archive holds the jars' paths and times) and USER");
        }
        archivePath(options).ifPresentOrElse(archive -> {
            String atGeneration = image.environmentBefore(generation).get("JAVA_OPTS_APPEND");
            String atStart = image.environment().get("JAVA_OPTS_APPEND");
            if (!atStart.equals(atGeneration + " " + ARCHIVE_INPUT + archive)) {
                problems.add("the started JVM's options should be JAVA_OPTS_APPEND at the RUN and " + ARCHIVE_INPUT
                        + archive + ", not " + atStart);
            }
        }, () -> problems.add("the RUN should name the archive with " + ARCHIVE_OUTPUT));
        return problems;
    }

    private static Optional<String> archivePath(String options) {
        return Arrays.stream(options.split("\\s+")).filter(o -> o.startsWith(ARCHIVE_OUTPUT))
                .map(o -> o.substring(ARCHIVE_OUTPUT.length())).findFirst();
    }

    /**
     * The JVM as the image's entry script starts it (its GC option, {@code JAVA_OPTS_APPEND}, {@code -jar
     * JAVA_APP_JAR}; {@code -cp} does not count beside {@code -jar}), with the image's paths under {@code root}.
     */
    private static Exit java(Path root, Map<String, String> environment, String options) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Stream.of(environment.getOrDefault("GC_CONTAINER_OPTIONS", ""), options)
                .flatMap(o -> Arrays.stream(o.trim().split("\\s+"))).filter(o -> !o.isEmpty())
                .map(o -> o.replace("=/deployments/", "=" + inside(root, "/deployments/") + "/"))
                .forEach(command::add);
        command.add("-jar");
        command.add(inside(root, environment.get("JAVA_APP_JAR")).toString());
        Path log = Files.createTempFile(root, "jvm", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(SECONDS_TO_EXIT, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", command) + " did not stop within " + SECONDS_TO_EXIT + " s");
        }
        List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        return new Exit(process.exitValue(), String.join(" ", command) + "\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
    }

    /** How a JVM ended: its exit code, its command and the last lines it wrote. */
    private record Exit(int code, String output) {
    }

    private static Path inside(Path root, String imagePath) {
        return root.resolve(imagePath.replaceFirst("^/", ""));
    }

    private static Arguments mistake(String name, String expected, UnaryOperator<String> edit) {
        return Arguments.of(name, expected, edit);
    }

    private static String moveLineBefore(String text, String linePrefix, String beforePrefix) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        String moved = lines.stream().filter(l -> l.startsWith(linePrefix)).findFirst().orElseThrow();
        lines.remove(moved);
        String before = lines.stream().filter(l -> l.startsWith(beforePrefix)).findFirst().orElseThrow();
        lines.add(lines.indexOf(before), moved);
        return String.join("\n", lines) + "\n";
    }
}
