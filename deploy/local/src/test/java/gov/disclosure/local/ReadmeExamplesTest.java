package gov.disclosure.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every command of the README's examples answers as the README says, on a system with the fixtures loaded. */
@Tag("e2e")
class ReadmeExamplesTest {

    @RegisterExtension
    static final TestSystem system = new TestSystem();

    /** As deploy/local/run does. */
    @BeforeAll
    static void loadFixtures() {
        system.reports().submitAll(Fixtures.all().values());
    }

    @Test
    void everyExampleOfTheReadmeWorksAsWritten() throws IOException, InterruptedException {
        ProjectLayout layout = ProjectLayout.find();
        Path log = layout.root().resolve("deploy/local/target/e2e/ReadmeExamplesTest/readme-examples.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder run = new ProcessBuilder(layout.root().resolve("deploy/local/readme-examples").toString(),
                system.reportService().url(), system.aggregationService().url())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        run.environment().put("LOCAL_KEYS", system.keysFolder().toString());
        Process examples = run.start();
        boolean ended = examples.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            examples.destroyForcibly();
        }
        String output = Files.readString(log);
        assertEquals(0, ended ? examples.exitValue() : -1, "the README's examples stopped:\n" + tail(output, 60));
    }

    private static String tail(String text, int lines) {
        String[] all = text.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }
}
