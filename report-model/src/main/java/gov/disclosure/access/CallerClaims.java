package gov.disclosure.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where an identity provider's tokens say what {@link Caller} reads: the claim names (or paths, {@code a/b} for a
 * claim {@code b} inside the object claim {@code a}) of a caller's agencies and region. Roles come from the claim
 * quarkus-oidc reads roles from ({@code quarkus.oidc.roles.role-claim-path}: {@code groups} here by default, Keycloak's
 * realm roles are {@code realm_access/roles}). See deploy/README.md for a Keycloak realm that issues such tokens.
 */
@ConfigMapping(prefix = "identity.claims")
public interface CallerClaims {

    /** The ids of the agencies a submitter acts for: an array of strings, or one string. */
    @WithDefault(Caller.AGENCY_IDS)
    String agencyIds();

    /** The region (GB/T 2260 code) of a submitter or reviewer. */
    @WithDefault(Caller.REGION)
    String region();

    /** The claim names this project's own tokens use (deploy/local/token, the tests). */
    static CallerClaims standard() {
        return new CallerClaims() {
            @Override
            public String agencyIds() {
                return Caller.AGENCY_IDS;
            }

            @Override
            public String region() {
                return Caller.REGION;
            }
        };
    }
}
