package gov.disclosure.event;

import gov.disclosure.region.Regions;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.report.ReportStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the producer checks before publishing ({@code refusals}) is exactly what consumers refuse ({@code read}). */
class ReportPublishedCodecTest {

    private final ReportPublishedCodec codec = new ReportPublishedCodec(Regions.standard());

    @Test
    void anEventRefusedOnTheProducerSideIsOneConsumersWouldRefuse() {
        List<ReportPublished> events = List.of(
                event(numbers -> { }),
                event(numbers -> numbers.put("proactiveDisclosure.fees.amount", new BigDecimal("1.23456789E+5"))),
                event(numbers -> numbers.put("proactiveDisclosure.fees.amount", new BigDecimal("1E-21"))),
                event(numbers -> numbers.put("proactiveDisclosure.fees.amount", new BigDecimal("1E-20"))),
                event(numbers -> numbers.put("proactiveDisclosure.fees.amount", new BigDecimal("1E+21"))),
                event(numbers -> numbers.put("proactiveDisclosure.fees.amount", new BigDecimal("1E+19"))),
                event(numbers -> numbers.put("applications.carriedOver.total", BigDecimal.valueOf(-1))),
                event(numbers -> numbers.put("applications.carriedOver.total", null)),
                event(numbers -> numbers.remove("applications.carriedOver.total")),
                event(numbers -> numbers.put("something.new", BigDecimal.ONE)),
                with(event(numbers -> { }), "4104821", "测试局"),
                with(event(numbers -> { }), "410482", "测试\u0000局"),
                with(event(numbers -> { }), "410482", "测试\ud800局"),
                with(event(numbers -> { }), null, "测试局"),
                new ReportPublished(null, " ", null, "410482", 2024, 0, null, null, -1, null, null));

        int refused = 0;
        for (ReportPublished event : events) {
            boolean consumersRefuse = refusedWhenRead(event);
            List<String> refusals = codec.refusals(event);
            assertEquals(consumersRefuse, !refusals.isEmpty(), event + ": " + refusals);
            refused += consumersRefuse ? 1 : 0;
        }
        assertEquals(events.size() - 5, refused, "all but the five within bounds and complete");
    }

    @Test
    void aReadableEventHasNoRefusals() {
        ReportPublished event = event(numbers -> { });
        assertTrue(codec.refusals(event).isEmpty());
        assertEquals(event, codec.read(ReportPublishedCodec.write(event)));
        assertFalse(codec.refusals(with(event, "999999", "测试局")).isEmpty());
    }

    @Test
    void anEventIsWrittenInAsciiAndReadsBackWithItsNamesAsTheyWere() {
        ReportPublished event = with(event(numbers -> { }), "410482", "汝州市𠀀测试局 “公开”");
        String json = ReportPublishedCodec.write(event);

        assertEquals("", json.replaceAll("\\p{ASCII}", ""), "what is not ASCII");
        assertTrue(json.contains("\"agencyName\":\"\\u6C5D\\u5DDE\\u5E02\\uD840\\uDC00"), "the name escaped");
        assertEquals(event, codec.read(json));
    }

    private boolean refusedWhenRead(ReportPublished event) {
        try {
            codec.read(ReportPublishedCodec.write(event));
            return false;
        } catch (UnreadableEventException e) {
            return true;
        }
    }

    private static ReportPublished event(Consumer<Map<String, BigDecimal>> change) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        ReportNumbers.NAMES.forEach(name -> numbers.put(name, BigDecimal.ONE));
        change.accept(numbers);
        return new ReportPublished(UUID.randomUUID(), "410482-test", "汝州市测试局", "410482", 2024, 1,
                ReportStatus.PUBLISHED, Instant.parse("2025-01-20T08:00:00.123Z"), 0, numbers,
                LocalDate.parse("2025-01-20"));
    }

    private static ReportPublished with(ReportPublished event, String regionCode, String agencyName) {
        return new ReportPublished(event.reportId(), event.agencyId(), agencyName, regionCode, event.year(),
                event.revision(), event.status(), event.time(), event.violationCount(), event.numbers(),
                event.publishedOn());
    }
}
