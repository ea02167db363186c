package gov.disclosure.reports.security;

import gov.disclosure.access.Caller;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, from its verified token. */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken token;

    public CurrentCaller(JsonWebToken token) {
        this.token = token;
    }

    public Caller get() {
        return Caller.of(token);
    }
}
