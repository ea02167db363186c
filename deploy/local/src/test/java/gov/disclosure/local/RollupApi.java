package gov.disclosure.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

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
    JsonNode indicators(String regionCode, int year, Scope scope) {
        return get("/api/v1/rollups/" + regionCode + "/" + year + "/indicators", scope);
    }

    JsonNode children(String regionCode, int year, Scope scope) {
        return get("/api/v1/rollups/" + regionCode + "/" + year + "/children", scope);
    }

    /** One rollup per year from {@code from} to {@code to}. */
    JsonNode years(String regionCode, int from, int to, Scope scope) {
        return get("/api/v1/rollups/" + regionCode + "?from=" + from + "&to=" + to, scope);
    }

    /** The agencies' revisions counted in a rollup, every page of them. */
    List<JsonNode> reports(String regionCode, int year, Scope scope) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode found = get("/api/v1/rollups/" + regionCode + "/" + year + "/reports?size=100&page=" + page, scope);
            found.get("items").forEach(all::add);
            if (page + 1 >= found.get("totalPages").asInt()) {
                return all;
            }
        }
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
