package gov.disclosure.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where things are in the project's working tree, found from any folder inside it. */
public record ProjectLayout(Path root) {

    /** The project root above the current folder: the one holding {@code deploy/local/pom.xml}. */
    public static ProjectLayout find() {
        Path start = Path.of("").toAbsolutePath();
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("deploy/local/pom.xml")) && Files.isRegularFile(folder.resolve("pom.xml"))) {
                return new ProjectLayout(folder);
            }
        }
        throw new StartupFailure("not inside the project (no deploy/local/pom.xml above " + start + ")");
    }

    public Path serviceJar(String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** What {@code deploy/local/run} keeps between runs (Kafka's data, logs); ignored by git. */
    public Path runDirectory() {
        return root.resolve("deploy/local/.run");
    }

    /** The canonical JSON of the fixture reports, by name. */
    public List<Path> fixtureReports() {
        Path folder = root.resolve("report-service/src/test/resources/fixtures/reports");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the fixture reports in " + folder, e);
        }
    }

    /** A path as a person reads it: relative to the project root when inside it. */
    public String show(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
