package gov.disclosure.access;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The token a browser keeps after signing in with a token on aggregation-service's pages (an HttpOnly cookie, same
 * host as the report API's links) is read as a bearer token: a request that carries the cookie is authenticated with
 * its token, one without it by its Authorization header. quarkus-oidc reads bearer tokens from a header only, so
 * this filter puts the cookie's token there before authentication (which runs later, in the REST layer).
 */
@ApplicationScoped
public class SignInCookie {

    /** The cookie's name. */
    public static final String NAME = "disclosure_token";

    /** Before every route; the priority only has to be above the default of the application's own filters. */
    private static final int BEFORE_AUTHENTICATION = 1_000;

    void readAsBearerToken(@Observes Filters filters) {
        filters.register(context -> {
            Cookie cookie = context.request().getCookie(NAME);
            if (cookie != null && !cookie.getValue().isBlank()) {
                context.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + cookie.getValue().trim());
            }
            context.next();
        }, BEFORE_AUTHENTICATION);
    }
}
