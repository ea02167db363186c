package gov.disclosure.rollups.web;

import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages follow the API's token rules, with the token in the Authorization header or in the HttpOnly cookie the
 * sign-in sets; signed out (web.public-figures off, the default) they ask to sign in.
 */
@QuarkusTest
class PageAccessTest {

    @Test
    void signingInKeepsTheTokenInAnHttpOnlyCookieThatPagesAndTheApiRead() {
        String viewer = Tokens.viewer();
        Response signIn = given().noFilters().redirects().follow(false).queryParam("token", viewer).get("/sign-in");
        assertEquals(303, signIn.statusCode());
        String cookie = signIn.getHeader("Set-Cookie");
        assertTrue(cookie.startsWith(WebConfig.COOKIE + "=" + viewer), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);

        given().noFilters().cookie(WebConfig.COOKIE, viewer).get("/regions/410000/2024").then().statusCode(200)
                .body(containsString("dashboard (viewer)"));
        given().noFilters().cookie(WebConfig.COOKIE, viewer).get("/api/v1/rollups/410000/2024").then().statusCode(200);
        given().noFilters().cookie(WebConfig.COOKIE, viewer).post("/api/v1/admin/rollups/rebuild").then().statusCode(403);
    }

    @Test
    void theSignInFormPostsTheToken() {
        Response signIn = given().noFilters().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("token", Tokens.reviewer("410000")).post("/sign-in");
        assertEquals(303, signIn.statusCode());
        assertNotNull(signIn.getCookie(WebConfig.COOKIE));
    }

    @Test
    void aTokenThatDoesNotVerifyIsNotKept() {
        for (String token : new String[]{Tokens.expired(), Tokens.signedByAnotherKey(), Tokens.ofAnotherIssuer(), "garbage"}) {
            Response refused = given().noFilters().redirects().follow(false).queryParam("token", token).get("/sign-in");
            assertEquals(401, refused.statusCode());
            assertNull(refused.getCookie(WebConfig.COOKIE));
            assertNotNull(Jsoup.parse(refused.asString()).getElementById("sign-in-error"));
        }
    }

    @Test
    void anExpiredCookieLeadsBackToTheSignIn() {
        given().noFilters().redirects().follow(false).cookie(WebConfig.COOKIE, Tokens.expired()).get("/regions/410000/2024")
                .then().statusCode(303).header("Location", endsWith("/sign-in"))
                .header("Set-Cookie", containsString("Max-Age=0"));
    }

    @Test
    void signingOutForgetsTheCookie() {
        given().noFilters().redirects().follow(false).get("/sign-out").then().statusCode(303)
                .header("Set-Cookie", containsString(WebConfig.COOKIE + "=;"))
                .header("Set-Cookie", containsString("Max-Age=0"));
    }

    @Test
    void signedOutWithoutPublicFiguresEveryPageAsksToSignIn() {
        for (String path : new String[]{"/", "/regions/410000/2024", "/regions/410000"}) {
            given().noFilters().redirects().follow(false).get(path).then().statusCode(303)
                    .header("Location", endsWith("/sign-in"));
        }
        given().noFilters().get("/sign-in").then().statusCode(200).contentType("text/html");
    }

    @Test
    void aReviewerStartsAtItsRegionAndReadsNothingAbove() {
        String reviewer = Tokens.reviewer("410400");
        given().noFilters().redirects().follow(false).cookie(WebConfig.COOKIE, reviewer).get("/").then()
                .statusCode(303).header("Location", containsString("/regions/410400/"));
        given().noFilters().cookie(WebConfig.COOKIE, reviewer).get("/regions/410482/2024").then().statusCode(200);
        Response above = given().noFilters().cookie(WebConfig.COOKIE, reviewer).get("/regions/410000/2024");
        assertEquals(403, above.statusCode());
        assertEquals("403", Jsoup.parse(above.asString()).getElementById("problem-status").text());

        Document own = Jsoup.parse(given().noFilters().cookie(WebConfig.COOKIE, reviewer).get("/regions/410400/2024").asString());
        assertTrue(own.select(".trail a").eachText().isEmpty(), "the regions above are not links for this reviewer");
        assertNotNull(own.getElementById("completeness"));
    }

    @Test
    void viewersAndAdminsStartAtTheCountry() {
        for (String token : new String[]{Tokens.viewer(), Tokens.admin()}) {
            given().noFilters().redirects().follow(false).cookie(WebConfig.COOKIE, token).get("/").then()
                    .statusCode(303).header("Location", containsString("/regions/000000/"));
        }
    }

    @Test
    void aSubmitterReadsNoPages() {
        given().noFilters().cookie(WebConfig.COOKIE, Tokens.submitter("410482", "410482-szfb"))
                .get("/regions/410482/2024").then().statusCode(403);
    }
}
