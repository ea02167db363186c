package gov.disclosure.rollups.web;

import gov.disclosure.access.Role;
import gov.disclosure.testing.Browser;
import gov.disclosure.testing.TestIdentityProvider;
import gov.disclosure.testing.TestIdentityProvider.User;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in on the pages with an identity provider (the authorization-code flow of the tenant {@code web}), against
 * a provider the test runs: the browser is sent to the provider, comes back with a code, the service exchanges it for
 * tokens and keeps them in its session cookie; the pages then follow the roles the provider's tokens give. Bearer
 * tokens of the provider on the rollup API show its key rotation.
 */
@QuarkusTest
@TestProfile(CodeFlowSignInTest.UnreachableProvider.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@WithTestResource(value = TestIdentityProvider.class, scope = TestResourceScope.RESTRICTED_TO_CLASS,
        initArgs = @ResourceArg(name = TestIdentityProvider.BEARER_PATHS, value = "/api/v1/rollups/*"))
class CodeFlowSignInTest {

    /** Beside the test's provider, one that was never reachable (from start-up on), for the completeness API. */
    public static class UnreachableProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.unreachable.auth-server-url", "http://localhost:1/realms/nowhere",
                    "quarkus.oidc.unreachable.tenant-paths", "/api/v1/completeness/*",
                    "quarkus.oidc.unreachable.connection-timeout", "2S");
        }
    }

    @AfterEach
    void providerUp() {
        TestIdentityProvider.down(false);
    }

    @Test
    void aViewerSignsInAtTheProviderAndReadsTheCountry() throws Exception {
        TestIdentityProvider.signInNextAs("dashboard-person", Set.of(Role.VIEWER), null);
        Browser browser = new Browser();

        HttpResponse<String> landed = browser.get("/sign-in");

        assertEquals(200, landed.statusCode());
        assertTrue(landed.uri().getPath().startsWith("/regions/000000/"), landed.uri().toString());
        Document page = Jsoup.parse(landed.body());
        assertEquals("dashboard-person (viewer)", page.getElementById("signed-in-as").text());
        assertNotNull(page.getElementById("completeness"));
        assertEquals(200, browser.get("/regions/410482/2024").statusCode());
        assertTrue(browser.hasCookie("q_session_web"), "quarkus-oidc keeps the tokens in its session cookie");
    }

    @Test
    void aReviewerSignsInAtTheProviderAndReadsItsRegionOnly() throws Exception {
        TestIdentityProvider.signInNextAs("office-410400", Set.of(Role.REVIEWER), "410400");
        Browser browser = new Browser();

        HttpResponse<String> landed = browser.get("/sign-in");

        assertEquals(200, landed.statusCode());
        assertTrue(landed.uri().getPath().startsWith("/regions/410400/"), landed.uri().toString());
        assertEquals("office-410400 (reviewer 410400)", Jsoup.parse(landed.body()).getElementById("signed-in-as").text());
        assertEquals(200, browser.get("/regions/410482/2024").statusCode());
        HttpResponse<String> above = browser.get("/regions/410000/2024");
        assertEquals(403, above.statusCode());
        assertEquals("403", Jsoup.parse(above.body()).getElementById("problem-status").text());
    }

    @Test
    void aSignedOutVisitorIsSentToTheProvider() {
        given().noFilters().redirects().follow(false).get("/sign-in").then().statusCode(302)
                .header("Location", startsWith(TestIdentityProvider.issuer() + "/authorize?"));
    }

    @Test
    void signingOutEndsTheSessionAtTheProviderToo() throws Exception {
        TestIdentityProvider.signInNextAs("dashboard-person", Set.of(Role.VIEWER), null);
        Browser browser = new Browser();
        assertEquals(200, browser.get("/sign-in").statusCode());

        HttpResponse<String> signOut = browser.getWithoutRedirects("/sign-out");

        assertEquals(302, signOut.statusCode());
        assertTrue(signOut.headers().firstValue("Location").orElseThrow()
                .startsWith(TestIdentityProvider.issuer() + "/logout?"), signOut.headers().toString());
        assertFalse(browser.hasCookie("q_session_web"), "the session cookie is gone");
    }

    @Test
    @Order(1) // before the provider goes down: a failed refresh waits out quarkus-oidc's forced-refresh interval
    void aTokenSignedWithANewKeyMakesTheServiceFetchTheKeysAgain() {
        User viewer = new User("dashboard", Set.of(Role.VIEWER), null);
        given().noFilters().auth().oauth2(TestIdentityProvider.accessToken(viewer))
                .get("/api/v1/rollups/410000/2024").then().statusCode(200);
        int fetched = TestIdentityProvider.jwksRequests();

        TestIdentityProvider.rotateKeys();
        given().noFilters().auth().oauth2(TestIdentityProvider.accessToken(viewer))
                .get("/api/v1/rollups/410000/2024").then().statusCode(200);

        assertTrue(TestIdentityProvider.jwksRequests() > fetched, "the JWKS was fetched again for the new key id");
    }

    @Test
    @Order(2)
    void aProviderThatIsDownGivesAProblemNotAServerError() {
        User viewer = new User("dashboard", Set.of(Role.VIEWER), null);
        TestIdentityProvider.rotateKeys(); // a key the service has not seen: it must ask the provider
        String token = TestIdentityProvider.accessToken(viewer);
        TestIdentityProvider.down(true);

        given().noFilters().auth().oauth2(token).get("/api/v1/rollups/410000/2024").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", equalTo("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void aProviderUnreachableSinceStartUpGivesAProblemNotAServerError() {
        User viewer = new User("dashboard", Set.of(Role.VIEWER), null);
        given().noFilters().auth().oauth2(TestIdentityProvider.accessToken(viewer))
                .get("/api/v1/completeness/410000/2024").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", equalTo("30"))
                .body("title", equalTo("The service cannot reach the identity provider"));
        given().noFilters().get("/api/v1/completeness/410000/2024").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void withoutATokenTheApiStillAnswersTheSameProblem() {
        given().noFilters().get("/api/v1/rollups/410000/2024").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", equalTo("Bearer"));
        assertNull(given().noFilters().redirects().follow(false).get("/api/v1/rollups/410000/2024")
                .getHeader("Location"), "the API never redirects to the provider");
    }
}
