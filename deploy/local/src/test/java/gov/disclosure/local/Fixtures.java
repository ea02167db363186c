package gov.disclosure.local;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fixture reports of report-service (canonical JSON, every arithmetic rule satisfied), by file name. */
final class Fixtures {

    private Fixtures() {
    }

    /** All of them, by name ("ruzhou-szfb-2024"); two are the same report (xinan-example-2023-pdf and -kangxi). */
    static Map<String, ObjectNode> all() {
        Map<String, ObjectNode> fixtures = new LinkedHashMap<>();
        for (Path file : ProjectLayout.find().fixtureReports()) {
            fixtures.put(file.getFileName().toString().replace(".expected.json", ""), read(file));
        }
        return fixtures;
    }

    static ObjectNode named(String name) {
        ObjectNode fixture = all().get(name);
        if (fixture == null) {
            throw new IllegalArgumentException("no fixture report " + name);
        }
        return fixture;
    }

    private static ObjectNode read(Path file) {
        try {
            return (ObjectNode) ReportJson.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
