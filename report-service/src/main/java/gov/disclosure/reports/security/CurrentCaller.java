package gov.disclosure.reports.security;

import gov.disclosure.access.Caller;
import gov.disclosure.access.CallerClaims;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, from its verified token (claims named as configured: {@link CallerClaims}). */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken token;
    private final CallerClaims claims;

    public CurrentCaller(JsonWebToken token, CallerClaims claims) {
        this.token = token;
        this.claims = claims;
    }

    public Caller get() {
        return Caller.of(token, claims);
    }
}
