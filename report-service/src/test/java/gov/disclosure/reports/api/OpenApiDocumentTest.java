package gov.disclosure.reports.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.testing.CommittedOpenApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The committed {@code openapi/report-service.yaml} is what the service serves (see {@link CommittedOpenApi}). */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theCommittedDescriptionIsTheOneTheServiceServes() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();

        CommittedOpenApi.assertCommitted(served, "report-service.yaml");
    }

    @Test
    void theExamplesAreTheFixture() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().extract().asString();
        JsonNode description = new ObjectMapper(new YAMLFactory()).readTree(served);

        assertEquals(Fixtures.expected("ruzhou-szfb-2024"),
                description.at("/components/examples/ruzhou-szfb-2024/value"));
        assertEquals(Fixtures.text("ruzhou-szfb-2024"),
                description.at("/components/examples/ruzhou-szfb-2024-text/value").asText());
    }
}
