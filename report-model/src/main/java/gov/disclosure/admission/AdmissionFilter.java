package gov.disclosure.admission;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Refuses a request at once, on the event loop, with a 503 problem and Retry-After when {@link AdmissionConfig#maxInFlight()}
 * requests are already in flight: under more load than the service serves, callers hear so in a millisecond
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
    private final String retryAfterSeconds;

    public AdmissionFilter(AdmissionConfig config) {
        this.admission = new Admission(config.maxInFlight());
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
        if (!admission.tryEnter()) {
            refuse(context, path);
            return;
        }
        context.addEndHandler(ended -> admission.leave());
        context.next();
    }

    private void refuse(RoutingContext context, String path) {
        LOG.debugf("busy: %s refused", path);
        String problem = new JsonObject()
                .put("type", "/problems/service-unavailable")
                .put("status", 503)
                .put("title", "The service is busy")
                .put("detail", "more requests are in flight than the service takes on at once; send the request "
                        + "again in " + retryAfterSeconds + " s")
                .put("instance", path)
                .encode();
        context.response().setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .end(problem);
    }
}
