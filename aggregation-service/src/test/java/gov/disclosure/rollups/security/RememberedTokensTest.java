package gov.disclosure.rollups.security;

import gov.disclosure.access.Role;
import gov.disclosure.access.VerifiedTokens;
import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bearer token is verified once and its identity remembered ({@link VerifiedTokens}), and yet nothing it may do
 * changes: it is refused once it expires, its roles still decide, and a token changed in any way is verified afresh.
 */
@QuarkusTest
class RememberedTokensTest {

    private static final String ROLLUP = "/api/v1/rollups/410000/2024";

    @Inject
    VerifiedTokens verified;

    @Test
    void aTokenIsRememberedOnceVerifiedAndRefusedWhenItExpires() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(3);
        String token = Tokens.signed(Jwt.issuer(Tokens.ISSUER).subject("brief").groups(Set.of(Role.VIEWER))
                .expiresAt(expiry));

        given().noFilters().auth().oauth2(token).get(ROLLUP).then().statusCode(200);
        assertTrue(verified.find(token, null).isPresent(), "remembered after its first request");
        given().noFilters().auth().oauth2(token).get(ROLLUP).then().statusCode(200);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 1_100);
        given().noFilters().auth().oauth2(token).get(ROLLUP).then().statusCode(401);
    }

    @Test
    void aRememberedTokensRolesStillDecide() {
        String viewer = Tokens.viewer();

        given().noFilters().auth().oauth2(viewer).get(ROLLUP).then().statusCode(200);
        given().noFilters().auth().oauth2(viewer).post("/api/v1/admin/rollups/rebuild").then().statusCode(403);
        given().noFilters().auth().oauth2(Tokens.reviewer("410100")).get(ROLLUP).then().statusCode(403);
    }

    @Test
    void aTokenChangedInAnyWayIsVerifiedAfresh() {
        String admin = Tokens.admin();
        given().noFilters().auth().oauth2(admin).get(ROLLUP).then().statusCode(200);

        String[] parts = admin.split("\\.");
        String withAnotherSignature = parts[0] + "." + parts[1] + "." + flipped(parts[2]);
        String withAnotherPayload = parts[0] + "." + flipped(parts[1]) + "." + parts[2];
        for (String changed : new String[] {withAnotherSignature, withAnotherPayload, admin + "x"}) {
            given().noFilters().auth().oauth2(changed).get(ROLLUP).then().statusCode(401);
        }
    }

    /** The text with a character in its middle changed (one that changes the decoded bytes, unlike the last one's). */
    private static String flipped(String base64url) {
        int middle = base64url.length() / 2;
        char changed = base64url.charAt(middle) == 'A' ? 'B' : 'A';
        return base64url.substring(0, middle) + changed + base64url.substring(middle + 1);
    }
}
