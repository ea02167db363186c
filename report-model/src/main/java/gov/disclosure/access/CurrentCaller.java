package gov.disclosure.access;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, from its verified token (claims named as configured: {@link CallerClaims}); both services. */
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
