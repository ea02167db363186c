package gov.disclosure.reports.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gov.disclosure.reports.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The API description is generated from the code; the committed copy in {@code openapi/} must be that description.
 * After changing the API, write the new one with {@code ./mvnw test -pl report-model,report-service
 * -Dtest=OpenApiDocumentTest -Dopenapi.update=true} and commit it.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path COMMITTED = Path.of("..", "openapi", "report-service.yaml");

    @Test
    void theCommittedDescriptionIsTheOneTheServiceServes() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, served);
        }

        assertEquals(Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "", served,
                "openapi/report-service.yaml differs from the served description; see this test's javadoc");
    }

    @Test
    void theExampleReportIsTheFixture() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().extract().asString();
        JsonNode description = new ObjectMapper(new YAMLFactory()).readTree(served);

        assertEquals(Fixtures.expected("ruzhou-szfb-2024"),
                description.at("/components/examples/ruzhou-szfb-2024/value"));
    }
}
