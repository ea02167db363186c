package gov.disclosure.access;

import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final AtomicLong nanos = new AtomicLong();
    private final VerifiedTokens tokens = new VerifiedTokens(100, MAX_AGE, Clock.fixed(NOW, ZoneOffset.UTC), nanos::get);

    @Test
    void aVerifiedBearerTokenIsFoundWithItsRolesClaimsAndPermissions() {
        SecurityIdentity verified = bearer("token-a", NOW.plusSeconds(3600)).build();

        tokens.remember(verified);
        SecurityIdentity found = tokens.find("token-a", null).orElseThrow();

        assertSame(verified.getPrincipal(), found.getPrincipal());
        assertEquals(Set.of(Role.VIEWER), found.getRoles());
        assertEquals(verified.getCredentials(), found.getCredentials());
        assertEquals("Default", found.getAttribute("tenant-id"));
        assertTrue(found.checkPermissionBlocking(new StringPermission("read", "rollups")));
        assertFalse(found.checkPermissionBlocking(new StringPermission("write", "reports")));
        assertTrue(tokens.find("token-b", null).isEmpty(), "another token is not remembered");
    }

    @Test
    void theRequestAnIdentityWasMadeForIsNotKeptButTheNextOneIsGiven() {
        RoutingContext first = request(Map.of(AuthenticationRequestContext.class.getName(), "first's executor"));
        RoutingContext next = request(Map.of(AuthenticationRequestContext.class.getName(), "next's executor"));
        tokens.remember(bearer("token-a", NOW.plusSeconds(3600))
                .addAttribute(RoutingContext.class.getName(), first)
                .addAttribute(AuthenticationRequestContext.class.getName(), "first's executor").build());

        assertNull(tokens.find("token-a", null).orElseThrow().getAttribute(RoutingContext.class.getName()));
        SecurityIdentity found = tokens.find("token-a", next).orElseThrow();
        assertSame(next, found.getAttribute(RoutingContext.class.getName()));
        assertEquals("next's executor", found.getAttribute(AuthenticationRequestContext.class.getName()));
    }

    @Test
    void aTokenIsForgottenWhenItExpires() {
        tokens.remember(bearer("token-a", NOW.plusSeconds(60)).build());

        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertTrue(tokens.find("token-a", null).isPresent());
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(tokens.find("token-a", null).isEmpty(), "expired");
    }

    @Test
    void aTokenIsForgottenAfterTheMaximumAgeHoweverLateItExpires() {
        tokens.remember(bearer("token-a", NOW.plus(Duration.ofDays(1))).build());

        nanos.addAndGet(MAX_AGE.minusSeconds(1).toNanos());
        assertTrue(tokens.find("token-a", null).isPresent());
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(tokens.find("token-a", null).isEmpty(), "past the maximum age");
    }

    @Test
    void onlyABearerAccessTokenThatHasNotExpiredIsRemembered() {
        tokens.remember(bearer("expired", NOW).build());
        tokens.remember(bearer("code-flow", NOW.plusSeconds(3600)).addCredential(new IdTokenCredential("an-id-token"))
                .build());
        tokens.remember(bearer("web-tenant", NOW.plusSeconds(3600)).addAttribute("tenant-id", CodeFlowTenant.WEB)
                .build());
        tokens.remember(QuarkusSecurityIdentity.builder().setPrincipal(jwt("other", NOW.plusSeconds(3600)))
                .addCredential(new AccessTokenCredential("not-the-principals")).build());
        tokens.remember(QuarkusSecurityIdentity.builder().setPrincipal(jwt("no-credential", NOW.plusSeconds(3600)))
                .build());

        tokens.remember(QuarkusSecurityIdentity.builder().setPrincipal(jwt("no-expiry", null))
                .addCredential(new AccessTokenCredential("no-expiry")).build());

        for (String token : new String[] {"expired", "code-flow", "web-tenant", "other", "not-the-principals",
                "no-credential", "no-expiry"}) {
            assertTrue(tokens.find(token, null).isEmpty(), token);
        }
    }

    @Test
    void withNoCapacityEveryTokenIsVerifiedAfresh() {
        VerifiedTokens none = new VerifiedTokens(0, MAX_AGE, Clock.fixed(NOW, ZoneOffset.UTC), Ticker.systemTicker());

        none.remember(bearer("token-a", NOW.plusSeconds(3600)).build());

        assertTrue(none.find("token-a", null).isEmpty());
    }

    private static QuarkusSecurityIdentity.Builder bearer(String token, Instant expiresAt) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt(token, expiresAt))
                .addCredential(new AccessTokenCredential(token))
                .addRole(Role.VIEWER)
                .addPermissionAsString("read:rollups")
                .addAttribute("tenant-id", "Default");
    }

    /** A verified token's principal: its raw text and its expiry (none if null), as quarkus-oidc's gives them. */
    private static JsonWebToken jwt(String token, Instant expiresAt) {
        Map<String, Object> claims = new HashMap<>(Map.of("raw_token", token, "sub", "dashboard"));
        if (expiresAt != null) {
            claims.put("exp", expiresAt.getEpochSecond());
        }
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "dashboard";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    /** A request's routing context that answers {@code get} from the given data (nothing else is asked of it). */
    private static RoutingContext request(Map<String, Object> data) {
        return (RoutingContext) Proxy.newProxyInstance(RoutingContext.class.getClassLoader(),
                new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> data.get((String) args[0]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "request " + data;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
