package gov.disclosure.reports.security;

import gov.disclosure.access.CodeFlowTenant;
import gov.disclosure.access.SignInCookie;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Comparator;

/**
 * A person signed in through the identity provider on aggregation-service's pages follows their links to a report's
 * revisions and source: their browser sends no token, so, while the code-flow tenant is on ({@code OIDC_WEB_ENABLED}),
 * such a request is signed in with it (this provider's session, or a redirect to the provider and back to the same
 * URL). Only a browser following a link is: a GET whose Accept prefers {@code text/html}, with no Authorization header
 * and no sign-in cookie. Every API call (a token, a JSON Accept, any other method) stays on the bearer tenant and its
 * 401 problem.
 *
 * <p>Also the HTTP policy {@value #POLICY} of the API's paths: a person's request needs a signed-in caller there
 * (quarkus-oidc answers a signed-out one with the redirect to the provider); any other request passes to the REST
 * layer untouched, which authenticates it and checks roles and reach as always.
 */
@Singleton
public class BrowserSignIn extends CodeFlowTenant implements HttpSecurityPolicy {

    static final String POLICY = "browser-sign-in";

    private static final String HTML = "text/html";

    public BrowserSignIn(@ConfigProperty(name = ENABLED, defaultValue = "false") boolean codeFlow) {
        super(codeFlow);
    }

    @Override
    protected boolean isPersons(RoutingContext context) {
        return isBrowserFollowingALink(context);
    }

    /** A GET that prefers HTML and carries no token (neither the header nor the sign-in cookie). */
    static boolean isBrowserFollowingALink(RoutingContext context) {
        return context.request().method() == HttpMethod.GET
                && context.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                && context.request().getCookie(SignInCookie.NAME) == null
                && prefersHtml(context);
    }

    private static boolean prefersHtml(RoutingContext context) {
        return context.parsedHeaders().accept().stream()
                .max(Comparator.comparingDouble(MIMEHeader::weight)) // the first of the most wanted
                .map(wanted -> HTML.equalsIgnoreCase(wanted.component() + "/" + wanted.subComponent()))
                .orElse(false);
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext requestContext) {
        if (!signsInWithCodeFlow(request)) {
            return CheckResult.permit(); // the REST layer authenticates (or not) and decides
        }
        return identity.map(caller -> caller.isAnonymous() ? CheckResult.DENY : CheckResult.PERMIT);
    }

    @Override
    public String name() {
        return POLICY;
    }
}
