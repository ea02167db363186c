package gov.disclosure.reports.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.reactive.messaging.TracingMetadata;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.HashMap;
import java.util.Map;

/**
 * The trace an outbox event belongs to, carried across the outbox as a W3C {@code traceparent}: taken from the
 * request that records the event, and given back to the relay's send, so that the Kafka connector's send span
 * continues that trace and the record's {@code traceparent} header carries it to the consumers.
 */
final class OutboxTrace {

    static final String TRACEPARENT = "traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private OutboxTrace() {
    }

    /** The current span's {@code traceparent}; null when nothing is traced (tracing off, or no span). */
    static String current() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> headers = new HashMap<>();
        W3C.inject(Context.current(), headers, Map::put);
        return headers.get(TRACEPARENT);
    }

    /** {@code metadata} with the stored trace as the parent of the send; unchanged without one (or an unreadable one). */
    static Metadata continuing(Metadata metadata, String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return metadata;
        }
        Context parent = W3C.extract(Context.root(), Map.of(TRACEPARENT, traceparent), MAP);
        if (!Span.fromContext(parent).getSpanContext().isValid()) {
            return metadata;
        }
        return metadata.with(TracingMetadata.withCurrent(parent));
    }
}
