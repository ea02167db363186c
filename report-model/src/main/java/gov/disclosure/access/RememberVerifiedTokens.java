package gov.disclosure.access;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Remembers each identity quarkus-oidc has just made of a bearer token ({@link VerifiedTokens}). It is the first
 * augmentor, so what it remembers is quarkus-oidc's identity as made; the others augment a remembered identity as
 * they would a fresh one.
 */
@ApplicationScoped
public class RememberVerifiedTokens implements SecurityIdentityAugmentor {

    private final VerifiedTokens verified;

    public RememberVerifiedTokens(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        verified.remember(identity);
        return Uni.createFrom().item(identity);
    }
}
