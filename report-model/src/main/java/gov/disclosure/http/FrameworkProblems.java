package gov.disclosure.http;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The answers the REST layer gives on its own (no such path, a method the path does not take, a body or an answer
 * of a media type the operation does not handle) as this project's problems, with a {@code type}, and saying what
 * the operation does take. Both services.
 */
public class FrameworkProblems {

    private static final int BEFORE_THE_EXTENSION = 1;

    @ServerExceptionMapper(value = NotFoundException.class, priority = BEFORE_THE_EXTENSION)
    public Response notFound(NotFoundException failure, UriInfo uri) {
        String detail = failure.getMessage() == null || failure.getMessage().startsWith("HTTP 404")
                ? "nothing is served at " + uri.getRequestUri().getRawPath() : failure.getMessage();
        return problem(404, "not-found", "Not found", detail, uri).build().toResponse();
    }

    @ServerExceptionMapper(value = NotAllowedException.class, priority = BEFORE_THE_EXTENSION)
    public Response notAllowed(NotAllowedException failure, Request request, UriInfo uri) {
        String allowed = failure.getResponse().getHeaderString(HttpHeaders.ALLOW);
        var problem = problem(405, "method-not-allowed", "The path does not take this method",
                request.getMethod() + " is not an operation of this path"
                        + (allowed == null ? "" : "; it takes " + allowed), uri);
        return (allowed == null ? problem : problem.withHeader(HttpHeaders.ALLOW, allowed)).build().toResponse();
    }

    @ServerExceptionMapper(value = NotSupportedException.class, priority = BEFORE_THE_EXTENSION)
    public Response unsupported(NotSupportedException failure, Request request, HttpHeaders headers, UriInfo uri) {
        List<String> accepted = OperationMediaTypes.consumed(request.getMethod(), uri.getRequestUri().getRawPath());
        String sent = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        return problem(415, "unsupported-media-type", "The body is not of a content type this operation takes",
                (sent == null ? "the request names no Content-Type" : "a body of type " + sent + " is not taken here")
                        + (accepted.isEmpty() ? "" : "; this operation takes " + String.join(", ", accepted)), uri)
                .with("accepted", accepted)
                .build().toResponse();
    }

    @ServerExceptionMapper(value = NotAcceptableException.class, priority = BEFORE_THE_EXTENSION)
    public Response notAcceptable(NotAcceptableException failure, Request request, HttpHeaders headers, UriInfo uri) {
        List<String> offered = OperationMediaTypes.produced(request.getMethod(), uri.getRequestUri().getRawPath());
        String asked = headers.getHeaderString(HttpHeaders.ACCEPT);
        return problem(406, "not-acceptable", "The answer cannot be given in a media type the request accepts",
                "Accept: " + asked + " names none of the types this operation answers"
                        + (offered.isEmpty() ? "" : ": " + String.join(", ", offered)), uri)
                .with("offered", offered)
                .build().toResponse();
    }

    private static HttpProblem.Builder problem(int status, String type, String title, String detail, UriInfo uri) {
        return HttpProblem.builder()
                .withStatus(status)
                .withType(URI.create("/problems/" + type))
                .withTitle(title)
                .withDetail(detail)
                .withInstance(URI.create(uri.getRequestUri().getRawPath()));
    }
}
