package gov.disclosure.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JvmOptionsTest {

    @TempDir
    Path app;

    @Test
    void eachServiceHasItsOwnHeapMaximumBesideTheSharedOptions() {
        List<String> aggregation = JvmOptions.forService("aggregation-service", app, null);
        List<String> report = JvmOptions.forService("report-service", app, " ");

        assertTrue(aggregation.containsAll(JvmOptions.DEFAULT), aggregation.toString());
        assertEquals(List.of("-Xmx128m"), aggregation.stream().filter(o -> o.startsWith("-Xmx")).toList());
        assertEquals(List.of("-Xmx256m"), report.stream().filter(o -> o.startsWith("-Xmx")).toList());
    }

    @Test
    void theEnvironmentsOptionsReplaceAllOfThemButTheSharingArchiveIsAdded() throws Exception {
        Files.writeString(app.resolve(JvmOptions.APP_CDS_ARCHIVE), "archive");

        List<String> options = JvmOptions.forService("report-service", app, "-Xmx1g  -XX:NativeMemoryTracking=summary");

        assertEquals(List.of("-Xmx1g", "-XX:NativeMemoryTracking=summary",
                "-XX:SharedArchiveFile=" + app.resolve(JvmOptions.APP_CDS_ARCHIVE)), options);
    }
}
