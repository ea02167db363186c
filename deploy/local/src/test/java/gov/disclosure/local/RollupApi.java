package gov.disclosure.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.restassured.RestAssured.given;

/** aggregation-service's read API. */
final class RollupApi {

    private final String url;
    private final String token;

    RollupApi(String url, String token) {
        this.token = token;
        this.url = url;
    }

    ObjectNode rollup(String regionCode, int year, Scope scope) {
        return (ObjectNode) get("/api/v1/rollups/" + regionCode + "/" + year, scope);
    }

    /** The rollups of the region's direct sub-regions. */
    JsonNode children(String regionCode, int year, Scope scope) {
        return get("/api/v1/rollups/" + regionCode + "/" + year + "/children", scope);
    }

    /** One rollup per year from {@code from} to {@code to}. */
    JsonNode years(String regionCode, int from, int to, Scope scope) {
        return get("/api/v1/rollups/" + regionCode + "?from=" + from + "&to=" + to, scope);
    }

    /** The agencies' revisions counted in a rollup. */
    JsonNode reports(String regionCode, int year, Scope scope) {
        return get("/api/v1/rollups/" + regionCode + "/" + year + "/reports", scope);
    }

    private JsonNode get(String path, Scope scope) {
        String body = given().baseUri(url).header("Authorization", "Bearer " + token)
                .queryParam("scope", scope.parameter())
                .get(path)
                .then().statusCode(200)
                .extract().asString();
        return ReportJson.parse(body);
    }
}
