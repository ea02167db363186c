package gov.disclosure.rollups.consumer;

import gov.disclosure.event.ReportPublished;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A batch of events is applied in one span, so that its SQL belongs to the traces its records were sent in: the
 * span is the child of the first traced record's receive span (which the connector makes as the child of the send
 * named by the record's {@code traceparent} header) and links to the others'. The connector's receive spans end at
 * once: without this one, the SQL of a batch would belong to no trace.
 */
@ApplicationScoped
public class BatchTracing {

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new ArrayList<>();
            headers.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            Header last = headers == null ? null : headers.lastHeader(key);
            return last == null || last.value() == null ? null : new String(last.value(), StandardCharsets.UTF_8);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    public BatchTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("gov.disclosure.rollups");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    public <T> T inSpan(List<? extends Message<String>> records, Supplier<T> work) {
        List<Context> sentIn = records.stream().map(this::sentIn).flatMap(Optional::stream).toList();
        SpanBuilder builder = tracer.spanBuilder(ReportPublished.TOPIC + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", ReportPublished.TOPIC)
                .setAttribute("messaging.batch.message_count", records.size());
        if (sentIn.isEmpty()) {
            builder.setNoParent();
        } else {
            builder.setParent(sentIn.get(0));
            sentIn.stream().skip(1).forEach(context -> builder.addLink(Span.fromContext(context).getSpanContext()));
        }
        Span span = builder.startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    /** The connector's receive span of the record where it made one, else the send its header names. */
    private Optional<Context> sentIn(Message<String> record) {
        return record.getMetadata(TracingMetadata.class).map(TracingMetadata::getCurrentContext).filter(BatchTracing::valid)
                .or(() -> record.getMetadata(IncomingKafkaRecordMetadata.class)
                        .map(metadata -> propagator.extract(Context.root(), metadata.getHeaders(), HEADERS))
                        .filter(BatchTracing::valid));
    }

    private static boolean valid(Context context) {
        return context != null && Span.fromContext(context).getSpanContext().isValid();
    }
}
