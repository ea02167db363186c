package gov.disclosure.reports.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.access.Role;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/**
 * Tokens of an identity provider that names things its own way, as a Keycloak realm does: realm roles in
 * {@code realm_access.roles}, the agencies and region under the names its mappers give. Configuration maps them.
 */
@QuarkusTest
@TestProfile(IdentityProviderClaimsTest.KeycloakClaims.class)
class IdentityProviderClaimsTest {

    public static class KeycloakClaims implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.roles.role-claim-path", "realm_access/roles",
                    "identity.claims.agency-ids", "disclosure/agencies",
                    "identity.claims.region", "region_code");
        }
    }

    @Test
    void aSubmitterSignedInAtTheProviderSubmitsForItsAgency() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        String token = keycloakToken(List.of(Role.SUBMITTER, "offline_access"), Fixtures.agencyId(report), "410482");

        ReportApi.json(report).header("Authorization", "Bearer " + token).post(ReportApi.REPORTS)
                .then().statusCode(201);
    }

    @Test
    void itsAgenciesAndRegionAreReadFromTheConfiguredClaimsOnly() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        String token = keycloakToken(List.of(Role.SUBMITTER), Fixtures.uniqueAgencyId("410482-other"), "410482");

        ReportApi.json(report).header("Authorization", "Bearer " + token).post(ReportApi.REPORTS)
                .then().statusCode(403);
    }

    @Test
    void rolesInGroupsAloneCountForNothingThen() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");

        ReportApi.json(report).header("Authorization", "Bearer " + Tokens.submitter("410482", Fixtures.agencyId(report)))
                .post(ReportApi.REPORTS).then().statusCode(403);
    }

    private static String keycloakToken(List<String> realmRoles, String agencyId, String regionCode) {
        return Tokens.signed(Jwt.issuer(Tokens.ISSUER).subject("keycloak-user")
                .claim("realm_access", Map.of("roles", realmRoles))
                .claim("disclosure", Map.of("agencies", List.of(agencyId)))
                .claim("region_code", regionCode)
                .expiresIn(3600));
    }
}
