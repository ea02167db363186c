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
        List<String> aggregation = JvmOptions.forService("aggregation-service", app, null, null);
        List<String> report = JvmOptions.forService("report-service", app, " ", "");

        assertTrue(aggregation.containsAll(JvmOptions.DEFAULT), aggregation.toString());
        assertEquals(List.of("-Xmx128m"), aggregation.stream().filter(o -> o.startsWith("-Xmx")).toList());
        assertEquals(List.of("-Xmx256m"), report.stream().filter(o -> o.startsWith("-Xmx")).toList());
    }

    @Test
    void theEnvironmentsOptionsReplaceAllOfThemButTheSharingArchiveIsAdded() throws Exception {
        Files.writeString(app.resolve(JvmOptions.APP_CDS_ARCHIVE), "archive");

        List<String> options = JvmOptions.forService("report-service", app,
                "-Xmx1g  -XX:NativeMemoryTracking=summary", null);

        assertEquals(List.of("-Xmx1g", "-XX:NativeMemoryTracking=summary",
                "-XX:SharedArchiveFile=" + app.resolve(JvmOptions.APP_CDS_ARCHIVE)), options);
    }

    @Test
    void appendedOptionsFollowTheDefaultsSoTheyWin() {
        List<String> options = JvmOptions.forService("aggregation-service", app, null,
                " -XX:TieredStopAtLevel=1 -Xmx96m");

        assertEquals(JvmOptions.DEFAULT, options.subList(0, JvmOptions.DEFAULT.size()));
        assertEquals(List.of("-Xmx128m", "-XX:TieredStopAtLevel=1", "-Xmx96m"),
                options.subList(JvmOptions.DEFAULT.size(), options.size()));
    }
}
