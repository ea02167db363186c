package gov.disclosure.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Bearer tokens that quarkus-oidc has verified, each remembered with the identity it made of it until the token
 * expires (or {@link VerifiedTokensConfig#maxAge()} has passed, whichever is first), so that a token sent with many
 * requests is verified once. Clients keep a token for its lifetime: an agency system for its submissions, a dashboard
 * for its polls. Verifying one (the signature, the claims, the identity made of them) was a third of a rollup GET's
 * CPU (JFR at 900 GETs/s, 2026-12-06).
 * <p>
 * Remembered: what quarkus-oidc made of an access token sent as a bearer token (the header, or the sign-in cookie),
 * not a code-flow session ({@link CodeFlowTenant}). A token is looked up by its whole text, so a token changed in any
 * way is verified afresh, and a token that failed verification was never remembered. What is given up: a token already
 * seen stays good until it expires or the maximum age has passed, even if the provider withdraws its signing key
 * meanwhile (a token verified locally cannot be revoked before it expires in any case).
 */
@ApplicationScoped
public class VerifiedTokens {

    /** What quarkus-oidc puts into an identity that belongs to the request it came with, not to the token. */
    private static final Set<String> PER_REQUEST =
            Set.of(RoutingContext.class.getName(), AuthenticationRequestContext.class.getName());
    /** The identity attribute in which quarkus-oidc names the tenant that verified the token. */
    private static final String TENANT_ID = "tenant-id";

    private final Cache<String, Remembered> remembered;
    private final Clock clock;
    private final Duration maxAge;

    @Inject
    public VerifiedTokens(VerifiedTokensConfig config) {
        this(config.capacity(), config.maxAge(), Clock.systemUTC(), Ticker.systemTicker());
    }

    VerifiedTokens(int capacity, Duration maxAge, Clock clock, Ticker ticker) {
        this.clock = clock;
        this.maxAge = maxAge;
        this.remembered = capacity <= 0 ? null : Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfter(Expiry.creating((String token, Remembered identity) -> identity.lifetime()))
                .executor(Runnable::run)
                .ticker(ticker)
                .build();
    }

    private record Remembered(SecurityIdentity identity, Duration lifetime) {
    }

    /** The identity made of this token when it was verified, for this request; empty when not remembered. */
    public Optional<SecurityIdentity> find(String token, RoutingContext request) {
        Remembered found = remembered == null ? null : remembered.getIfPresent(token);
        if (found == null) {
            return Optional.empty();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(found.identity());
        if (request != null) {
            identity.addAttribute(RoutingContext.class.getName(), request)
                    .addAttribute(AuthenticationRequestContext.class.getName(),
                            request.get(AuthenticationRequestContext.class.getName()));
        }
        return Optional.of(identity.build());
    }

    /** Remembers the token of an identity quarkus-oidc made of a bearer access token; any other is left alone. */
    public void remember(SecurityIdentity identity) {
        if (remembered == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || !jwt.containsClaim(Claims.exp.name())) {
            return;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null || !token.getToken().equals(jwt.getRawToken())
                || identity.getCredential(IdTokenCredential.class) != null
                || CodeFlowTenant.WEB.equals(identity.getAttribute(TENANT_ID))
                || remembered.getIfPresent(token.getToken()) != null) {
            return;
        }
        Duration untilExpiry = Duration.between(clock.instant(), Instant.ofEpochSecond(jwt.getExpirationTime()));
        Duration lifetime = untilExpiry.compareTo(maxAge) < 0 ? untilExpiry : maxAge;
        if (lifetime.isNegative() || lifetime.isZero()) {
            return;
        }
        remembered.put(token.getToken(), new Remembered(withoutRequest(identity), lifetime));
    }

    /**
     * The identity without what belongs to the request it was made for (kept, the request and its body would stay in
     * memory as long as the token). Its permissions are the ones it holds; quarkus-oidc adds no other checks.
     */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions());
        identity.getAttributes().forEach((name, value) -> {
            if (!PER_REQUEST.contains(name)) {
                copy.addAttribute(name, value);
            }
        });
        return copy.build();
    }
}
