package gov.disclosure.reports.problem;

import gov.disclosure.reports.operations.ReportMetrics;
import gov.disclosure.reports.published.DocumentFormat;
import gov.disclosure.reports.published.DocumentLimits;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body over its limit with a problem, before it is read: {@code reports.batch.max-body-size} for a
 * batch of texts, {@code reports.bulk.max-body-size} for a bulk body (NDJSON), {@code reports.imports.max-body-size} for an import job's files, {@code
 * reports.documents.max-file-size} for a report sent as a PDF, Word file or web page, {@code reports.max-body-size}
 * for everything else. (A body sent without Content-Length is cut
 * off by the HTTP server itself at {@code quarkus.http.limits.max-body-size}, with a bare 413.)
 */
@Singleton
public class BodySizeLimit {

    private static final String BATCH = "/api/v1/reports/batch";
    private static final String BULK = "/api/v1/reports/bulk";
    private static final String IMPORTS = "/api/v1/imports";

    private final long limit;
    private final long batchLimit;
    private final long bulkLimit;
    private final long importsLimit;
    private final long documentLimit;

    private final ReportMetrics metrics;

    public BodySizeLimit(@ConfigProperty(name = "reports.max-body-size") MemorySize limit,
                         @ConfigProperty(name = "reports.batch.max-body-size") MemorySize batchLimit,
                         @ConfigProperty(name = "reports.imports.max-body-size") MemorySize importsLimit,
                         @ConfigProperty(name = "reports.bulk.max-body-size") MemorySize bulkLimit,
                         DocumentLimits documents, ReportMetrics metrics) {
        this.limit = limit.asLongValue();
        this.batchLimit = batchLimit.asLongValue();
        this.bulkLimit = bulkLimit.asLongValue();
        this.importsLimit = importsLimit.asLongValue();
        this.documentLimit = documents.maxFileSize().asLongValue();
        this.metrics = metrics;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 1000);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = limitOf(context);
        if (length != null && exceeds(length, limit)) {
            String detail = "the body has %s bytes; at most %d are accepted".formatted(length, limit);
            metrics.refused(ProblemType.PAYLOAD_TOO_LARGE.slug());
            context.response()
                    .setStatusCode(ProblemType.PAYLOAD_TOO_LARGE.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problem(detail, context.request().path()));
            return;
        }
        context.next();
    }

    private long limitOf(RoutingContext context) {
        String path = context.request().path();
        if (path.startsWith(BATCH)) {
            return batchLimit;
        }
        if (path.startsWith(BULK)) {
            return bulkLimit;
        }
        if (path.startsWith(IMPORTS)) {
            return importsLimit;
        }
        var format = DocumentFormat.ofMediaType(context.request().getHeader(HttpHeaders.CONTENT_TYPE));
        return format.isPresent() && format.get() != DocumentFormat.TEXT ? Math.max(documentLimit, limit) : limit;
    }

    private static boolean exceeds(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String problem(String detail, String instance) {
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        return new io.vertx.core.json.JsonObject()
                .put("type", type.uri().toString())
                .put("title", type.title())
                .put("status", type.status())
                .put("detail", detail)
                .put("instance", instance)
                .encode();
    }
}
