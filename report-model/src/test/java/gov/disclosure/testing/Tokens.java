package gov.disclosure.testing;

import gov.disclosure.access.Caller;
import gov.disclosure.access.Role;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Bearer tokens for tests, signed with the run's {@link TestKeys}: one per role, and broken ones. */
public final class Tokens {

    public static final String ISSUER = "https://auth.disclosure.test/realms/disclosure";

    private Tokens() {
    }

    public static String admin() {
        return sign(claims("admin-console", Role.ADMIN), TestKeys.keys().getPrivate());
    }

    public static String viewer() {
        return sign(claims("dashboard", Role.VIEWER), TestKeys.keys().getPrivate());
    }

    public static String reviewer(String regionCode) {
        return sign(claims("office-" + regionCode, Role.REVIEWER).claim(Caller.REGION, regionCode),
                TestKeys.keys().getPrivate());
    }

    public static String submitter(String regionCode, String... agencyIds) {
        return sign(claims("system-" + String.join("+", agencyIds), Role.SUBMITTER)
                .claim(Caller.REGION, regionCode)
                .claim(Caller.AGENCY_IDS, List.of(agencyIds)), TestKeys.keys().getPrivate());
    }

    /** A submitter token that expired an hour ago. */
    public static String expired() {
        Instant now = Instant.now();
        return sign(Jwt.issuer(ISSUER).subject("late").groups(Set.of(Role.ADMIN))
                .issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600)), TestKeys.keys().getPrivate());
    }

    /** An admin token signed by a key the services do not trust. */
    public static String signedByAnotherKey() {
        return sign(claims("forger", Role.ADMIN), TestKeys.generate().getPrivate());
    }

    /** An admin token of another issuer, signed with the trusted key. */
    public static String ofAnotherIssuer() {
        return sign(Jwt.issuer("https://elsewhere.example").subject("stranger").groups(Set.of(Role.ADMIN))
                .expiresIn(3600), TestKeys.keys().getPrivate());
    }

    /** Any claims, signed with the trusted key: tokens shaped as another identity provider shapes them. */
    public static String signed(JwtClaimsBuilder claims) {
        return sign(claims, TestKeys.keys().getPrivate());
    }

    private static JwtClaimsBuilder claims(String subject, String... roles) {
        return Jwt.issuer(ISSUER).subject(subject).groups(Set.copyOf(Arrays.asList(roles))).expiresIn(3600);
    }

    private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(key);
    }
}
