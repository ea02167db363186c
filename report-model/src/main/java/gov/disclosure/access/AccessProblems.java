package gov.disclosure.access;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/**
 * 401 and 403, as problem details, the same in both services; 503 while the identity provider cannot be reached. (quarkus-resteasy-problem 3.21 maps these too, but
 * its 401 mapper fails on Quarkus 3.34: it reads a field of ChallengeData that is gone. These rank before it.)
 */
public class AccessProblems {

    private static final int BEFORE_THE_EXTENSION = 1;
    private static final int RETRY_AFTER_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(AccessProblems.class);

    @ServerExceptionMapper(value = {AuthenticationFailedException.class, UnauthorizedException.class,
            AuthenticationCompletionException.class}, priority = BEFORE_THE_EXTENSION)
    public Response unauthorized(RuntimeException failure, UriInfo uri) {
        return problem(401, "unauthorized", "Unauthorized",
                "a valid bearer token of the identity provider is needed (none was sent, or it is expired, "
                        + "not signed by the provider's key, or of another issuer)", uri)
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build().toResponse();
    }

    /**
     * quarkus-oidc could not reach the identity provider to verify a token (not at start-up, nor since): the token may
     * be good, so not a 401; the request may be sent again once the provider is back.
     */
    @ServerExceptionMapper(value = OIDCException.class, priority = BEFORE_THE_EXTENSION)
    public Response identityProviderUnreachable(OIDCException failure, UriInfo uri) {
        LOG.warnf("identity provider unreachable: %s", failure.getMessage());
        return problem(503, "service-unavailable", "The service cannot reach the identity provider",
                "the identity provider that signs tokens cannot be reached for now; send the request again later", uri)
                .withHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .build().toResponse();
    }

    @ServerExceptionMapper(value = ForbiddenException.class, priority = BEFORE_THE_EXTENSION)
    public Response forbidden(ForbiddenException failure, UriInfo uri) {
        return problem(403, "forbidden", "Outside the reach of your token",
                "your token's role does not allow this", uri).build().toResponse();
    }

    private static HttpProblem.Builder problem(int status, String type, String title, String detail, UriInfo uri) {
        return HttpProblem.builder()
                .withType(URI.create("/problems/" + type))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail)
                .withInstance(URI.create(uri.getRequestUri().getRawPath()));
    }
}
