package gov.disclosure.access;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;

/**
 * People sign in through the identity provider with quarkus-oidc's tenant {@value #WEB} (its authorization-code flow,
 * the client {@code OIDC_WEB_CLIENT_ID}), on only when configured ({@value #ENABLED}, {@code OIDC_WEB_ENABLED}); each
 * service says which of its requests are a person's ({@link #signsInWithCodeFlow}). Every other request, and every
 * request while the tenant is off, stays on the default tenant, which verifies bearer tokens (the header, or the
 * sign-in cookie): resolved here rather than by {@code tenant-paths}, which would route to the tenant even while it is
 * off. A service has one such resolver (quarkus-oidc takes one {@link TenantResolver}), a {@code @Singleton} (its final
 * methods cannot be proxied).
 */
public abstract class CodeFlowTenant implements TenantResolver {

    /** The tenant's id, as in {@code quarkus.oidc.web.*}. */
    public static final String WEB = "web";

    /** The switch; {@code false} unless configured. */
    public static final String ENABLED = "quarkus.oidc.web.tenant-enabled";

    private final boolean enabled;

    protected CodeFlowTenant(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public final String resolve(RoutingContext context) {
        return signsInWithCodeFlow(context) ? WEB : null;
    }

    /** Whether this request is a person's who signs in through the provider (always false while the tenant is off). */
    public final boolean signsInWithCodeFlow(RoutingContext context) {
        return enabled && isPersons(context);
    }

    /** Whether this request is one a person's browser makes, to be signed in with the code flow. */
    protected abstract boolean isPersons(RoutingContext context);
}
