package gov.disclosure.rollups.security;

import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every endpoint for every role, inside and outside its reach: a dashboard reads every rollup, a reviewer its
 * region's and those below, an admin everything; a submitter no rollups.
 */
@QuarkusTest
class RollupAccessTest {

    private static final Map<String, Supplier<String>> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("viewer", Tokens::viewer);
        CALLERS.put("reviewer of 河南省", () -> Tokens.reviewer("410000"));
        CALLERS.put("reviewer of 郑州市", () -> Tokens.reviewer("410100"));
        CALLERS.put("submitter", () -> Tokens.submitter("410482", "410482-szfb"));
        CALLERS.put("admin", Tokens::admin);
        CALLERS.put("no token", () -> null);
    }

    @Test
    void rollupsOfARegion() {
        for (String path : List.of("/api/v1/rollups/410400/2024", "/api/v1/rollups/410400/2024/children",
                "/api/v1/rollups/410400?from=2023&to=2024", "/api/v1/rollups/410400/2024/reports",
                "/api/v1/rollups/410400/2024/indicators", "/api/v1/rollups/410400/2024/table?format=csv",
                "/api/v1/rollups/410400/2024/children?indicator=disclosureRate&sort=desc")) {
            expect(path, request -> request.get(path), Map.of("viewer", 200, "reviewer of 河南省", 200,
                    "reviewer of 郑州市", 403, "submitter", 403, "admin", 200, "no token", 401));
        }
    }

    @Test
    void exportsAndTheIndicatorCatalogue() {
        expect("export", request -> request.get("/api/v1/rollups/export?level=CITY&year=2024"), Map.of("viewer", 200,
                "reviewer of 河南省", 200, "reviewer of 郑州市", 200, "submitter", 403, "admin", 200, "no token", 401));
        expect("indicators", request -> request.get("/api/v1/indicators"), Map.of("viewer", 200,
                "reviewer of 河南省", 200, "reviewer of 郑州市", 200, "submitter", 200, "admin", 200, "no token", 200));
    }

    @Test
    void theCountrysRollupIsBeyondEveryReviewer() {
        expect("country", request -> request.get("/api/v1/rollups/000000/2024"), Map.of("viewer", 200,
                "reviewer of 河南省", 403, "reviewer of 郑州市", 403, "submitter", 403, "admin", 200, "no token", 401));
    }

    @Test
    void administrationIsForAdmins() {
        expect("rebuild", request -> request.post("/api/v1/admin/rollups/rebuild"), Map.of("viewer", 403,
                "reviewer of 河南省", 403, "reviewer of 郑州市", 403, "submitter", 403, "admin", 202, "no token", 401));
        expect("rebuild status", request -> request.get("/api/v1/admin/rollups/rebuild"), Map.of("viewer", 403,
                "reviewer of 河南省", 403, "reviewer of 郑州市", 403, "submitter", 403, "admin", 200, "no token", 401));
        expect("dead letters", request -> request.get("/api/v1/admin/dead-letters"), Map.of("viewer", 403,
                "reviewer of 河南省", 403, "reviewer of 郑州市", 403, "submitter", 403, "admin", 200, "no token", 401));
    }

    @Test
    void aRequestWithoutAValidTokenIsUnauthorized() {
        for (String token : List.of(Tokens.expired(), Tokens.signedByAnotherKey(), Tokens.ofAnotherIssuer(), "garbage")) {
            with(token).get("/api/v1/rollups/410000/2024").then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", is("/problems/unauthorized"));
        }
        given().noFilters().get("/api/v1/rollups/410000/2024").then().statusCode(401);
        with(Tokens.reviewer("410100")).get("/api/v1/rollups/410400/2024").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", is("/problems/forbidden"));
    }

    @Test
    void healthMetricsAndTheApiDescriptionNeedNoToken() {
        given().noFilters().get("/q/health/live").then().statusCode(200);
        given().noFilters().get("/q/metrics").then().statusCode(200);
        given().noFilters().get("/q/openapi").then().statusCode(200).body(containsString("bearer"));
    }

    private static void expect(String what, Function<RequestSpecification, Response> call, Map<String, Integer> statuses) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        Map<String, Integer> actual = new LinkedHashMap<>();
        CALLERS.forEach((caller, token) -> {
            expected.put(caller, statuses.get(caller));
            actual.put(caller, call.apply(with(token.get())).statusCode());
        });
        assertEquals(expected, actual, what);
    }

    private static RequestSpecification with(String token) {
        return token == null ? given().noFilters() : given().header("Authorization", "Bearer " + token);
    }
}
