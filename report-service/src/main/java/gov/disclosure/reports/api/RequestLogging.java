package gov.disclosure.reports.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One log line per API request, and the report it concerns in the logging context of every line logged while it is
 * handled (agencyId and year from the URL, reportId once known), so that logs can be searched by report.
 */
public class RequestLogging {

    private static final Logger LOG = Logger.getLogger("gov.disclosure.reports.requests");
    private static final String[] KEYS = {"agencyId", "year", "reportId", "revision"};

    @ServerRequestFilter
    public void enter(UriInfo uri) {
        var parameters = uri.getPathParameters();
        put("agencyId", parameters.getFirst("agencyId"));
        put("year", parameters.getFirst("year"));
        put("reportId", parameters.getFirst("id"));
    }

    @ServerResponseFilter
    public void leave(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof StoredReport stored) {
            put("reportId", stored.id().toString());
            put("revision", String.valueOf(stored.revision()));
            put("agencyId", stored.report().agency().id());
            put("year", String.valueOf(stored.report().year()));
        }
        LOG.infof("%s %s %d", request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(), response.getStatus());
        for (String key : KEYS) {
            MDC.remove(key);
        }
    }

    private static void put(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }
}
