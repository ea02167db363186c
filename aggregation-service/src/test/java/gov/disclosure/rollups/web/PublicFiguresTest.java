package gov.disclosure.rollups.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** With web.public-figures on, a visitor who has not signed in reads the rollups, never completeness or reports. */
@QuarkusTest
@TestProfile(PublicFiguresTest.PublicFigures.class)
class PublicFiguresTest {

    public static class PublicFigures implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("web.public-figures", "true");
        }
    }

    @Test
    void anonymousVisitorsSeeTheFiguresOnly() {
        given().noFilters().redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", containsString("/regions/000000/"));
        Document page = Jsoup.parse(given().noFilters().get("/regions/410000/2024").then().statusCode(200)
                .extract().asString());
        assertFalse(page.select("#figures td[data-cell]").isEmpty());
        assertNotNull(page.getElementById("sub-regions"));
        assertNotNull(page.getElementById("sign-in-link"));
        assertNull(page.getElementById("completeness"));
        assertNull(page.getElementById("desk-missing"));
        assertNull(page.getElementById("reports"));
        assertEquals("", page.select("#sub-regions-table td[data-cell=missing]").text());
    }

    @Test
    void theApiStillWantsAToken() {
        given().noFilters().get("/api/v1/rollups/410000/2024").then().statusCode(401);
        given().noFilters().get("/api/v1/completeness/410000/2024").then().statusCode(401);
    }
}
