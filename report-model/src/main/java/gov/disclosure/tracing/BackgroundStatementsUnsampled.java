package gov.disclosure.tracing;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The services' sampler (Quarkus uses a {@link Sampler} bean): every trace a request or an event starts, and
 * everything in it; but not a database statement that no request or event is behind (the outbox relay's poll every
 * second, the health check's query, the housekeeping jobs), which would otherwise each be a trace of one span.
 */
@Singleton
public class BackgroundStatementsUnsampled implements Sampler {

    private final Sampler traced = Sampler.parentBased(Sampler.alwaysOn());

    @Override
    public SamplingResult shouldSample(Context parent, String traceId, String name, SpanKind kind,
                                       Attributes attributes, List<LinkData> links) {
        if (kind == SpanKind.CLIENT && !Span.fromContext(parent).getSpanContext().isValid()) {
            return SamplingResult.drop();
        }
        return traced.shouldSample(parent, traceId, name, kind, attributes, links);
    }

    @Override
    public String getDescription() {
        return "BackgroundStatementsUnsampled{" + traced.getDescription() + "}";
    }
}
