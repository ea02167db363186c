package gov.disclosure.rollups.consumer;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.rollups.Events;
import gov.disclosure.rollups.RecordedSpans;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static gov.disclosure.rollups.Events.agency;
import static gov.disclosure.rollups.Events.awaitApplied;
import static gov.disclosure.rollups.Events.published;
import static gov.disclosure.rollups.Events.unusedYear;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An event sent in a trace (the record's traceparent header) is applied in that trace, its SQL included. */
@QuarkusTest
class TracedConsumptionTest {

    @Inject
    RecordedSpans spans;

    @Test
    void applyingAnEventContinuesTheTraceItWasSentIn() {
        String traceId = randomHex(16);
        String sendSpan = randomHex(8);
        int year = unusedYear();
        String agencyId = agency("410482-szfb");
        ReportPublished event = published(agencyId, "410482", year, 1, 7);
        RecordHeaders headers = Events.cloudEventHeaders(ReportPublished.TYPE);
        headers.add("traceparent", ("00-" + traceId + "-" + sendSpan + "-01").getBytes(StandardCharsets.UTF_8));

        Events.produce(List.of(new ProducerRecord<>(ReportPublished.TOPIC, null, agencyId,
                ReportPublishedCodec.write(event), headers)));
        awaitApplied(agencyId, year, 1);

        SpanData received = await().atMost(Duration.ofSeconds(30)).until(() -> trace(traceId).stream()
                .filter(span -> span.getKind() == SpanKind.CONSUMER).findFirst().orElse(null), span -> span != null);
        assertEquals(sendSpan, received.getParentSpanId(), "the consumer's span is a child of the send");
        List<SpanData> statements = await().atMost(Duration.ofSeconds(30)).until(() -> trace(traceId).stream()
                .filter(span -> span.getKind() == SpanKind.CLIENT).toList(), found -> !found.isEmpty());
        Map<String, SpanData> byId = trace(traceId).stream()
                .collect(Collectors.toMap(SpanData::getSpanId, span -> span, (a, b) -> a));
        for (SpanData statement : statements) {
            assertTrue(ancestors(statement, byId).contains(received.getSpanId()),
                    () -> statement.getName() + " is under the consumer's span; the trace: " + trace(traceId).stream()
                            .map(span -> span.getName() + " " + span.getKind() + " " + span.getSpanId() + " < "
                                    + span.getParentSpanId()).toList());
        }
    }

    private List<SpanData> trace(String traceId) {
        return spans.ofTrace(traceId);
    }

    private static Set<String> ancestors(SpanData span, Map<String, SpanData> byId) {
        Set<String> ancestors = new java.util.HashSet<>();
        SpanData at = span;
        while (at != null && ancestors.add(at.getParentSpanId())) {
            at = byId.get(at.getParentSpanId());
        }
        return ancestors;
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        value[0] |= 1;
        return HexFormat.of().formatHex(value);
    }
}
