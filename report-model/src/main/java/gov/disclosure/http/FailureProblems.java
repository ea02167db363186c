package gov.disclosure.http;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.net.URI;

/**
 * Failures that are not the request's fault nor a bug, as problems, the same in both services: the database
 * unreachable is a 503 with Retry-After (the request may be sent again as it is); a multipart body that breaks off
 * or has more parts than the server reads is the client's (400, 413). Anything else is still a 500, logged.
 */
public class FailureProblems {

    /** Seconds a client waits before it sends the request again while the database is unreachable. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(FailureProblems.class);
    private static final int BEFORE_THE_EXTENSION = 1;
    private static final String TOO_MANY_PARTS = "Param limit of";

    @ServerExceptionMapper(value = RuntimeException.class, priority = BEFORE_THE_EXTENSION)
    public Response failure(RuntimeException failure, UriInfo uri) {
        if (ClientGone.isCause(failure)) {
            return clientGone(failure, uri);
        }
        if (DatabaseUnavailable.isCause(failure)) {
            LOG.warnf("database unreachable: %s", failure.getMessage());
            return problem(503, "service-unavailable", "The service cannot reach its database",
                    "the database is unreachable for now; send the request again in a few seconds", uri)
                    .withHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                    .build().toResponse();
        }
        if (failure.getMessage() != null && failure.getMessage().startsWith(TOO_MANY_PARTS)) {
            return problem(413, "payload-too-large", "The body is larger than this service accepts",
                    "the multipart body has more parts than the server reads (at most 1000 form fields)", uri)
                    .build().toResponse();
        }
        return unexpected(failure, uri);
    }

    @ServerExceptionMapper(value = IOException.class, priority = BEFORE_THE_EXTENSION)
    public Response unreadableBody(IOException failure, UriInfo uri) {
        if (ClientGone.isCause(failure)) {
            return clientGone(failure, uri);
        }
        if (failure.getMessage() != null && failure.getMessage().contains("multipart")) {
            return problem(400, "malformed-multipart", "The body is not a well-formed multipart body",
                    "the multipart body ends before its closing boundary, or has no part with the boundary the "
                            + "Content-Type names", uri).build().toResponse();
        }
        return unexpected(failure, uri);
    }

    private static Response clientGone(Exception failure, UriInfo uri) {
        LOG.infof("the client of %s went away before its body was read: %s", uri.getRequestUri().getRawPath(),
                failure.getMessage());
        return problem(400, "request-incomplete", "The request broke off",
                "the connection closed before the whole body arrived", uri).build().toResponse();
    }

    private static Response unexpected(Exception failure, UriInfo uri) {
        LOG.errorf(failure, "unexpected failure of %s", uri.getRequestUri().getRawPath());
        return problem(500, null, "Internal Server Error", null, uri).build().toResponse();
    }

    private static HttpProblem.Builder problem(int status, String type, String title, String detail, UriInfo uri) {
        HttpProblem.Builder problem = HttpProblem.builder()
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail)
                .withInstance(URI.create(uri.getRequestUri().getRawPath()));
        return type == null ? problem : problem.withType(URI.create("/problems/" + type));
    }
}
