package gov.disclosure.rollups.api;

import gov.disclosure.testing.CommittedOpenApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static io.restassured.RestAssured.given;

/** The committed {@code openapi/aggregation-service.yaml} is what the service serves (see {@link CommittedOpenApi}). */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theCommittedDescriptionIsTheOneTheServiceServes() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();

        CommittedOpenApi.assertCommitted(served, "aggregation-service.yaml");
    }
}
