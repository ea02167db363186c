package gov.disclosure.reports.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.RecordedSpans;
import gov.disclosure.reports.ReportApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Inject;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion.getHeader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report submitted in a trace is published in that trace: the outbox keeps it, the Kafka record carries it on. */
@QuarkusTest
class TracePropagationTest {

    @Inject
    RecordedSpans spans;

    @Test
    void theOutboxRowAndTheKafkaRecordCarryTheSubmittingRequestsTrace() {
        String traceId = randomHex(16);
        String callerSpan = randomHex(8);
        ObjectNode report = Fixtures.newReport("xinan-example-2023-pdf");

        ReportApi.json(report).header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .post(ReportApi.REPORTS).then().statusCode(201);

        String stored = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("key",
                Fixtures.agencyId(report)).firstResult().traceparent);
        assertEquals(traceId, traceId(stored));
        ConsumerRecord<String, String> record = PublishedEvents.of(Fixtures.agencyId(report), 1).get(0);
        String sent = getHeader(record.headers(), "traceparent");
        assertNotNull(sent, "the record has a traceparent header");
        assertEquals(traceId, traceId(sent));
        assertNotEquals(callerSpan, spanId(sent), "the header names the relay's send span, a child in the trace");
        List<SpanData> trace = spans.ofTrace(traceId);
        assertTrue(trace.stream().anyMatch(s -> s.getKind() == SpanKind.SERVER && s.getParentSpanId().equals(callerSpan)),
                "the request is a span of the caller's trace");
        assertTrue(trace.stream().anyMatch(s -> s.getKind() == SpanKind.CLIENT), "its SQL is in the trace");
    }

    @Test
    void statementsNoRequestIsBehindAreNotTraced() throws InterruptedException {
        Thread.sleep(2_500); // the relay polls every second

        List<String> lonely = spans.all().stream()
                .filter(s -> s.getKind() == SpanKind.CLIENT && !s.getParentSpanContext().isValid())
                .map(SpanData::getName).toList();
        assertEquals(List.of(), lonely);
    }

    @Test
    void aReportSubmittedWithoutATraceStartsOne() {
        ObjectNode report = Fixtures.newReport("zhoukou-xzfwzx-2021");

        ReportApi.submit(report).then().statusCode(201);

        String stored = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("key",
                Fixtures.agencyId(report)).firstResult().traceparent);
        String sent = getHeader(PublishedEvents.of(Fixtures.agencyId(report), 1).get(0).headers(), "traceparent");
        assertEquals(traceId(stored), traceId(sent));
    }

    private static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }

    private static String spanId(String traceparent) {
        return traceparent.split("-")[2];
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        value[0] |= 1;
        return HexFormat.of().formatHex(value);
    }
}
