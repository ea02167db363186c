package gov.disclosure.rollups;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.rollups.storage.AppliedReport;
import gov.disclosure.testing.KafkaBroker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/** report-published events as the report service sends them, produced to the real broker. */
public final class Events {

    private static final AtomicInteger YEARS = new AtomicInteger(5000 + ThreadLocalRandom.current().nextInt(4000));

    private Events() {
    }

    /** A year no other test uses, so that a test's rollups are its own. */
    public static int unusedYear() {
        return YEARS.getAndIncrement();
    }

    public static String agency(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Every number of the report is {@code value}; the fee is {@code value / 10000}. */
    public static Map<String, BigDecimal> numbers(long value) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        for (String name : ReportNumbers.NAMES) {
            numbers.put(name, name.endsWith("fees.amount") ? BigDecimal.valueOf(value, 4) : BigDecimal.valueOf(value));
        }
        return numbers;
    }

    public static ReportPublished published(String agencyId, String regionCode, int year, int revision, long value) {
        return event(agencyId, regionCode, year, revision, ReportStatus.PUBLISHED, 0, numbers(value));
    }

    public static ReportPublished withdrawn(String agencyId, String regionCode, int year, int revision, long value) {
        return event(agencyId, regionCode, year, revision, ReportStatus.WITHDRAWN, 0, numbers(value));
    }

    public static ReportPublished event(String agencyId, String regionCode, int year, int revision, ReportStatus status,
                                        int violations, Map<String, BigDecimal> numbers) {
        UUID reportId = UUID.nameUUIDFromBytes((agencyId + "/" + year).getBytes(StandardCharsets.UTF_8));
        return new ReportPublished(reportId, agencyId, "测试局 " + agencyId, regionCode, year, revision, status,
                Instant.now(), violations, numbers);
    }

    /** Sends the events in this order, each keyed by its agency as the report service does. */
    public static void send(ReportPublished... events) {
        send(List.of(events));
    }

    public static void send(List<ReportPublished> events) {
        produce(events.stream()
                .map(event -> new ProducerRecord<>(ReportPublished.TOPIC, null, event.agencyId(),
                        ReportPublishedCodec.write(event), cloudEventHeaders(ReportPublished.TYPE)))
                .toList());
    }

    /** Any record at all, for poison. */
    public static void send(String key, String value, RecordHeaders headers) {
        produce(List.of(new ProducerRecord<>(ReportPublished.TOPIC, null, key, value, headers)));
    }

    /** Records exactly as given, in this order. */
    public static void produce(List<ProducerRecord<String, String>> records) {
        try (KafkaCompanion companion = new KafkaCompanion(KafkaBroker.bootstrapServers())) {
            companion.produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(30));
        }
    }

    public static RecordHeaders cloudEventHeaders(String type) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_id", bytes(UUID.randomUUID().toString()));
        headers.add("ce_type", bytes(type));
        headers.add("ce_source", bytes("report-service"));
        headers.add("ce_dataschema", bytes(ReportPublished.DATA_SCHEMA));
        headers.add("content-type", bytes("application/json"));
        return headers;
    }

    /** Waits until the service has applied this revision (or a newer one) of the agency's report. */
    public static void awaitApplied(String agencyId, int year, int revision) {
        await().atMost(Duration.ofSeconds(30)).until(() -> appliedRevision(agencyId, year) >= revision);
    }

    public static int appliedRevision(String agencyId, int year) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AppliedReport applied = AppliedReport.find(agencyId, year);
            return applied == null ? 0 : applied.revision;
        });
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
