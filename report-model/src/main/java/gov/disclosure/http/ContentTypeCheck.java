package gov.disclosure.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;

import java.util.Set;

/**
 * A body whose Content-Type is not a media type at all ({@code invalid}, empty) is refused with a 415 problem, and a
 * multipart body without a boundary with a 400, before the REST layer tries to read them (where they would fail).
 * Both services.
 */
@Singleton
public class ContentTypeCheck {

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    void register(@Observes Filters filters) {
        filters.register(this::check, 2000);
    }

    private void check(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || !WITH_BODY.contains(context.request().method())) {
            context.next();
            return;
        }
        MediaType type = mediaType(contentType);
        if (type == null) {
            refuse(context, 415, "unsupported-media-type", "The body is not of a content type this operation takes",
                    contentType.isBlank() ? "the Content-Type header is empty"
                            : "the Content-Type header is not a media type (type/subtype)");
        } else if (type.getType().equalsIgnoreCase("multipart") && !hasBoundary(type)) {
            refuse(context, 400, "malformed-multipart", "The body is not a well-formed multipart body",
                    "the Content-Type names no boundary: multipart/form-data; boundary=… (1 to 70 characters)");
        } else {
            context.next();
        }
    }

    private static void refuse(RoutingContext context, int status, String type, String title, String detail) {
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end(new JsonObject()
                        .put("type", "/problems/" + type)
                        .put("title", title)
                        .put("status", status)
                        .put("detail", detail)
                        .put("instance", context.request().path())
                        .encode());
    }

    /** The media type, or null when the header is not one. */
    static MediaType mediaType(String contentType) {
        try {
            MediaType type = MediaType.valueOf(contentType);
            return type.getType().isBlank() || type.getSubtype().isBlank() ? null : type;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** RFC 2046: a multipart body's boundary is 1 to 70 characters. */
    private static boolean hasBoundary(MediaType type) {
        String boundary = type.getParameters().get("boundary");
        String bare = boundary == null ? "" : boundary.replace("\"", "");
        return !bare.isEmpty() && bare.length() <= 70;
    }
}
