package gov.disclosure.rollups;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.review.ReviewComment;
import gov.disclosure.review.ReviewDecided;
import gov.disclosure.review.ReviewDecidedCodec;
import gov.disclosure.review.ReviewDecision;
import gov.disclosure.roster.AgencyKind;
import gov.disclosure.roster.RosterEntry;
import gov.disclosure.roster.RosterEntryCodec;
import gov.disclosure.rollups.storage.AppliedReport;
import gov.disclosure.rollups.storage.AppliedReview;
import gov.disclosure.rollups.storage.RosterAgency;
import gov.disclosure.testing.KafkaBroker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

    /** A published revision that says when the report was published. */
    public static ReportPublished published(String agencyId, String regionCode, int year, int revision, long value,
                                            String publishedOn) {
        ReportPublished event = published(agencyId, regionCode, year, revision, value);
        return new ReportPublished(event.reportId(), agencyId, event.agencyName(), regionCode, year, revision,
                event.status(), event.time(), 0, event.numbers(), LocalDate.parse(publishedOn));
    }

    /** A published revision that breaks {@code violations} rules. */
    public static ReportPublished publishedWithViolations(String agencyId, String regionCode, int year, int revision,
                                                          long value, int violations) {
        return event(agencyId, regionCode, year, revision, ReportStatus.PUBLISHED, violations, numbers(value));
    }

    public static ReportPublished withdrawn(String agencyId, String regionCode, int year, int revision, long value) {
        return event(agencyId, regionCode, year, revision, ReportStatus.WITHDRAWN, 0, numbers(value));
    }

    public static ReportPublished event(String agencyId, String regionCode, int year, int revision, ReportStatus status,
                                        int violations, Map<String, BigDecimal> numbers) {
        UUID reportId = UUID.nameUUIDFromBytes((agencyId + "/" + year).getBytes(StandardCharsets.UTF_8));
        return new ReportPublished(reportId, agencyId, "测试局 " + agencyId, regionCode, year, revision, status,
                Instant.now(), violations, numbers, LocalDate.of(year + 1, 1, 15));
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

    /** A reviewer's decision on a revision, as the report service sends it (on report-published). */
    public static ReviewDecided decided(String agencyId, String regionCode, int year, int revision, int sequence,
                                        ReviewDecision decision) {
        UUID reportId = UUID.nameUUIDFromBytes((agencyId + "/" + year).getBytes(StandardCharsets.UTF_8));
        return new ReviewDecided(reportId, agencyId, regionCode, year, revision, sequence, decision,
                decision == ReviewDecision.RETURNED ? List.of(new ReviewComment(null, "请核对")) : List.of(),
                "office-" + regionCode, Instant.now());
    }

    public static void send(ReviewDecided... decisions) {
        sendInOrder(List.of((Object[]) decisions));
    }

    /** Revisions and decisions, in this order, each keyed by its agency on report-published. */
    public static void sendInOrder(List<?> events) {
        produce(events.stream().map(event -> event instanceof ReviewDecided decided
                ? new ProducerRecord<>(ReportPublished.TOPIC, null, decided.agencyId(), ReviewDecidedCodec.write(decided),
                cloudEventHeaders(ReviewDecided.TYPE, ReviewDecided.DATA_SCHEMA))
                : new ProducerRecord<>(ReportPublished.TOPIC, null, ((ReportPublished) event).agencyId(),
                ReportPublishedCodec.write((ReportPublished) event), cloudEventHeaders(ReportPublished.TYPE))).toList());
    }

    /** Roster entries, keyed by agency as the report service sends them (on agency-roster). */
    public static void send(RosterEntry... entries) {
        produce(java.util.Arrays.stream(entries)
                .map(entry -> new ProducerRecord<>(RosterEntry.TOPIC, null, entry.agencyId(),
                        RosterEntryCodec.write(entry), cloudEventHeaders(RosterEntry.TYPE, RosterEntry.DATA_SCHEMA)))
                .toList());
    }

    /** An agency of the roster, version 1. */
    public static RosterEntry rostered(String agencyId, String name, String regionCode, AgencyKind kind,
                                       String activeFrom, String activeTo) {
        return new RosterEntry(agencyId, name, regionCode, kind, null,
                activeFrom == null ? null : LocalDate.parse(activeFrom), activeTo == null ? null : LocalDate.parse(activeTo),
                1, Instant.now());
    }

    /** Waits until the service has applied this version (or a newer one) of the agency's roster entry. */
    public static void awaitRostered(String agencyId, int version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            RosterAgency agency = RosterAgency.findById(agencyId);
            return agency != null && agency.version >= version;
        }));
    }

    /** Waits until the service has applied this decision (or a newer one) on the agency's report. */
    public static void awaitDecided(String agencyId, int year, int sequence) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            AppliedReview review = AppliedReview.find(agencyId, year);
            return review != null && review.sequence >= sequence;
        }));
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
        return cloudEventHeaders(type, ReportPublished.DATA_SCHEMA);
    }

    public static RecordHeaders cloudEventHeaders(String type, String dataSchema) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_id", bytes(UUID.randomUUID().toString()));
        headers.add("ce_type", bytes(type));
        headers.add("ce_source", bytes("report-service"));
        headers.add("ce_dataschema", bytes(dataSchema));
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
