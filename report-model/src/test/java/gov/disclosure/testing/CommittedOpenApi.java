package gov.disclosure.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A service's API description is generated from its code; the copy committed in {@code openapi/} must be that
 * description. After changing an API, write the new one with {@code -Dopenapi.update=true} on the test run
 * (e.g. {@code ./mvnw test -pl report-model,report-service -Dtest=OpenApiDocumentTest -Dopenapi.update=true})
 * and commit it.
 */
public final class CommittedOpenApi {

    private CommittedOpenApi() {
    }

    public static void assertCommitted(String served, String fileName) throws IOException {
        Path committed = Path.of("..", "openapi", fileName);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(committed, served);
        }
        assertEquals(Files.exists(committed) ? Files.readString(committed) : "", served,
                "openapi/" + fileName + " is not what the service serves; regenerate it with -Dopenapi.update=true");
    }
}
