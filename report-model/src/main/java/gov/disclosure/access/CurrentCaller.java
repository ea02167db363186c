package gov.disclosure.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, from its verified token (claims named as configured: {@link CallerClaims}); both
 * services. The roles are the identity's: quarkus-oidc reads them from the configured role claim, which need not be
 * {@code groups}, so {@link JsonWebToken#getGroups()} is not asked.
 */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final CallerClaims claims;

    public CurrentCaller(SecurityIdentity identity, CallerClaims claims) {
        this.identity = identity;
        this.claims = claims;
    }

    public Caller get() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Caller.ANONYMOUS;
        }
        return Caller.of(token, identity.getRoles(), claims);
    }
}
