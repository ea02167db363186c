package gov.disclosure.rollups.web;

import gov.disclosure.access.CodeFlowTenant;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pages sign in with the code-flow tenant when it is on ({@code OIDC_WEB_ENABLED}); every other path stays on the
 * bearer tenant (the header, or the sign-in cookie).
 */
@Singleton
public class PagesTenant extends CodeFlowTenant {

    public PagesTenant(@ConfigProperty(name = ENABLED, defaultValue = "false") boolean codeFlow) {
        super(codeFlow);
    }

    @Override
    protected boolean isPersons(RoutingContext context) {
        return isPage(context.normalizedPath());
    }

    /** The paths of {@link PagesResource}. */
    static boolean isPage(String path) {
        return path.equals("/") || path.equals("/sign-in") || path.equals("/sign-out") || path.startsWith("/regions/");
    }
}
