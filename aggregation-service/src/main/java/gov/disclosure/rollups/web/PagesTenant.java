package gov.disclosure.rollups.web;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pages sign in with quarkus-oidc's tenant {@value #WEB} (the identity provider's authorization-code flow) when it
 * is on ({@code OIDC_WEB_ENABLED}); otherwise, and for every other path, the default tenant verifies bearer tokens
 * (the header, or the sign-in cookie). Resolved here rather than by {@code tenant-paths}: those would send the pages
 * to the tenant even while it is off, and nobody could sign in with a token then.
 */
@ApplicationScoped
public class PagesTenant implements TenantResolver {

    static final String WEB = "web";

    private final boolean codeFlow;

    public PagesTenant(@ConfigProperty(name = "quarkus.oidc.web.tenant-enabled", defaultValue = "false") boolean codeFlow) {
        this.codeFlow = codeFlow;
    }

    @Override
    public String resolve(RoutingContext context) {
        return codeFlow && isPage(context.normalizedPath()) ? WEB : null;
    }

    /** The paths of {@link PagesResource}. */
    static boolean isPage(String path) {
        return path.equals("/") || path.equals("/sign-in") || path.equals("/sign-out") || path.startsWith("/regions/");
    }
}
