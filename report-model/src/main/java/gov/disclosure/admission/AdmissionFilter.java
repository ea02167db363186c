package gov.disclosure.admission;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Refuses a request at once, on the event loop, with a 503 problem and Retry-After when {@link AdmissionConfig#maxInFlight()}
 * requests are already in flight, or when its body would not fit beside the bodies in flight
 * ({@link AdmissionConfig#maxBodyBytesInFlight()}): under more load than the service serves, callers hear so in a millisecond
 * and the requests it has taken on are served in time, instead of all of them queueing for worker threads and
 * database connections until the heap is full. The operations endpoints (/q/) are never refused, so that health
 * checks and metrics answer however busy the service is. Both services have it (each its own limit): a bean of this
 * library, active in any service that depends on it.
 */
@ApplicationScoped
public class AdmissionFilter {

    private static final Logger LOG = Logger.getLogger(AdmissionFilter.class);
    /** Before the routes of the REST layer and of the pages. */
    private static final int PRIORITY = 1000;
    private static final String OPERATIONS = "/q/";

    private final Admission admission;
    private final long largestBody;
    private final String retryAfterSeconds;

    public AdmissionFilter(AdmissionConfig config,
                           @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                           MemorySize largestBody) {
        this.admission = new Admission(config.maxInFlight(), config.maxBodyBytesInFlight().asLongValue());
        this.largestBody = largestBody.asLongValue();
        this.retryAfterSeconds = String.valueOf(Math.max(1, config.retryAfter().toSeconds()));
    }

    void register(@Observes Filters filters) {
        filters.register(this::admit, PRIORITY);
    }

    private void admit(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.startsWith(OPERATIONS)) {
            context.next();
            return;
        }
        long body = bodyBytes(context.request());
        if (!admission.tryEnter(body)) {
            refuse(context, path, withoutLength(context.request()));
            return;
        }
        context.addEndHandler(ended -> admission.leave(body));
        context.next();
    }

    /** A body sent in chunks, its length not told. */
    private static boolean withoutLength(HttpServerRequest request) {
        return request.getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /** What the body will hold: its Content-Length, or the largest body taken when it comes in chunks. */
    private long bodyBytes(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                return Math.min(Math.max(0, Long.parseLong(length.trim())), largestBody);
            } catch (NumberFormatException unreadable) {
                return largestBody;
            }
        }
        return withoutLength(request) ? largestBody : 0;
    }

    private void refuse(RoutingContext context, String path, boolean withoutLength) {
        LOG.debugf("busy: %s refused", path);
        boolean chinese = prefersChinese(context);
        String title = chinese ? "服务繁忙" : "The service is busy";
        String detail = "more requests (or bytes of request bodies) are in flight than the service takes on at once; "
                + "send the request again in " + retryAfterSeconds + " s"
                + (withoutLength ? " (a body sent without Content-Length counts as the largest the service takes, "
                + "so it is taken only while no other body is in flight: send its Content-Length)" : "");
        String problem = new JsonObject()
                .put("type", "/problems/service-unavailable")
                .put("status", 503)
                .put("title", title)
                .put("detail", chinese ? title + "：" + detail : detail)
                .put("instance", path)
                .encode();
        HttpServerResponse response = context.response().setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        if (chinese) {
            response.putHeader(HttpHeaders.CONTENT_LANGUAGE, "zh-CN");
        }
        response.end(problem);
    }

    /** Whether the language the caller accepts first is Chinese, as {@code ChineseProblems} decides it. */
    private static boolean prefersChinese(RoutingContext context) {
        List<LanguageHeader> languages = context.acceptableLanguages();
        return !languages.isEmpty() && "zh".equalsIgnoreCase(languages.get(0).tag());
    }
}
