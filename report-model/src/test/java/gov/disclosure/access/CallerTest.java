package gov.disclosure.access;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A caller's agencies and region, read from quarkus-oidc's tokens, are what any JsonWebToken of the claims gives. */
class CallerTest {

    private static final CallerClaims NESTED = new CallerClaims() {
        @Override
        public String agencyIds() {
            return "disclosure/agencies";
        }

        @Override
        public String region() {
            return "disclosure/region";
        }
    };

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"sub\":\"s\",\"agency_ids\":[\"410482-szfb\",\"410482-gab\"],\"region\":\"410482\"}",
            "{\"sub\":\"s\",\"agency_ids\":\"410482-szfb\",\"region\":\"410482\"}",
            "{\"sub\":\"s\",\"agency_ids\":[],\"region\":\"\"}",
            "{\"sub\":\"s\"}"})
    void theClaimsReadTheSameFromEitherToken(String claims) throws InvalidJwtException {
        assertEquals(Caller.of(plain(claims), Set.of(Role.SUBMITTER), CallerClaims.standard()),
                Caller.of(oidc(claims), Set.of(Role.SUBMITTER), CallerClaims.standard()));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void claimsInsideAnObjectClaimAreReadByPath(boolean quarkusOidc) throws InvalidJwtException {
        String claims = "{\"sub\":\"s\",\"disclosure\":{\"agencies\":[\"410482-szfb\"],\"region\":\"410482\"}}";
        Caller caller = Caller.of(quarkusOidc ? oidc(claims) : plain(claims), Set.of(Role.SUBMITTER), NESTED);

        assertEquals(Set.of("410482-szfb"), caller.agencyIds());
        assertEquals("410482", caller.regionCode());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void agenciesAndRegionAreReadFromTheirClaims(boolean quarkusOidc) throws InvalidJwtException {
        String claims = "{\"sub\":\"s\",\"agency_ids\":[\"410482-szfb\",\"410482-gab\"],\"region\":\"410482\"}";
        Caller caller = Caller.of(quarkusOidc ? oidc(claims) : plain(claims), Set.of(Role.SUBMITTER),
                CallerClaims.standard());

        assertEquals(Set.of("410482-szfb", "410482-gab"), caller.agencyIds());
        assertEquals("410482", caller.regionCode());
    }

    private static JsonWebToken oidc(String claims) throws InvalidJwtException {
        return new OidcJwtCallerPrincipal(JwtClaims.parse(claims), new AccessTokenCredential("raw"));
    }

    /** smallrye-jwt's own token, read through {@link JsonWebToken#claim} as any other implementation is. */
    private static JsonWebToken plain(String claims) throws InvalidJwtException {
        return new DefaultJWTCallerPrincipal(JwtClaims.parse(claims));
    }
}
