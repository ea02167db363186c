package gov.disclosure.event;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.disclosure.json.BoundedJson;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.report.ReportStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An event's numbers are read as Jackson reads a map of them, in whatever order they come. */
class NumbersInCatalogueOrderTest {

    private static final ObjectMapper PLAIN = BoundedJson.bounded(new ObjectMapper());
    private static final TypeReference<LinkedHashMap<String, BigDecimal>> MAP = new TypeReference<>() {
    };

    @Test
    void numbersInAnyOrderAreReadAsAMapOfThemIs() throws Exception {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < ReportNumbers.NAMES.size(); i++) {
            entries.add(entry(ReportNumbers.NAMES.get(i), i % 3 == 0 ? "0" : i + "." + i));
        }
        List<List<String>> orders = new ArrayList<>();
        orders.add(entries);
        orders.add(reversed(entries));
        orders.add(shuffled(entries, 17));
        orders.add(withAt(entries, 5, entry("something.new", "7"), entry(ReportNumbers.NAMES.get(9), "9.5")));
        orders.add(withAt(entries.subList(0, 120), 0, entry("first.unknown", "1")));
        orders.add(withAt(entries, entries.size(), entry(ReportNumbers.NAMES.get(0), "\"12.50\""),
                entry(ReportNumbers.NAMES.get(1), "null")));
        orders.add(entries.subList(40, 41));
        orders.add(List.of());

        for (int i = 0; i < orders.size(); i++) {
            String numbers = "{" + String.join(",", orders.get(i)) + "}";
            Map<String, BigDecimal> read = codecRead(numbers);
            Map<String, BigDecimal> asAMap = PLAIN.readValue(numbers, MAP);
            assertEquals(asAMap, read, "order " + i);
            assertEquals(List.copyOf(asAMap.keySet()), List.copyOf(read.keySet()), "order " + i + ", as read");
        }
    }

    @Test
    void aNumberOutOfBoundsIsRefusedByItsName() {
        String name = ReportNumbers.NAMES.get(4);
        String numbers = ReportNumbers.NAMES.stream()
                .map(each -> entry(each, each.equals(name) ? "1E+21" : "1"))
                .collect(Collectors.joining(",", "{", "}"));

        UnreadableEventException refused = assertThrows(UnreadableEventException.class, () -> codecRead(numbers));

        assertTrue(refused.getMessage().contains("[\"numbers\"]->java.util.LinkedHashMap[\"" + name + "\"]"),
                refused.getMessage());
    }

    @Test
    void numbersThatAreNotAnObjectAreRefused() {
        for (String numbers : List.of("[1, 2]", "\"1\"", "1", "true")) {
            UnreadableEventException refused = assertThrows(UnreadableEventException.class,
                    () -> codecRead(numbers), numbers);
            assertTrue(refused.getMessage().contains("numbers"), refused.getMessage());
        }
    }

    /** Reads an event whose numbers are {@code numbers}, as the codec does before it checks them. */
    private static Map<String, BigDecimal> codecRead(String numbers) {
        String json = ReportPublishedCodec.write(new ReportPublished(UUID.randomUUID(), "410482-test", "汝州市测试局",
                "410482", 2024, 1, ReportStatus.PUBLISHED, Instant.parse("2025-01-20T08:00:00Z"), 0,
                Map.of("n", BigDecimal.ONE), LocalDate.parse("2025-01-20")));
        String withNumbers = json.replace("\"numbers\":{\"n\":1}", "\"numbers\":" + numbers);
        assertTrue(withNumbers.contains(numbers), "the numbers spliced in");
        return EventJson.read(withNumbers, ReportPublished.class, "report-published").numbers();
    }

    private static String entry(String name, String value) {
        return "\"" + name + "\":" + value;
    }

    private static List<String> reversed(List<String> entries) {
        List<String> reversed = new ArrayList<>(entries);
        Collections.reverse(reversed);
        return reversed;
    }

    private static List<String> shuffled(List<String> entries, long seed) {
        List<String> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, new Random(seed));
        return shuffled;
    }

    private static List<String> withAt(List<String> entries, int at, String... more) {
        List<String> with = new ArrayList<>(entries);
        with.addAll(at, List.of(more));
        return with;
    }
}
