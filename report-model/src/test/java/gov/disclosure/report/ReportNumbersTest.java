package gov.disclosure.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportNumbersTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theTemplateHasTwoHundredNumbersInPrintOrder() {
        assertEquals(10 + 25 * 7 + 3 * 5, ReportNumbers.NAMES.size());
        assertEquals("proactiveDisclosure.regulations.issued", ReportNumbers.NAMES.get(0));
        assertEquals("applications.newlyReceived.naturalPerson", ReportNumbers.NAMES.get(10));
        assertEquals("applications.outcomes.withheld.stateSecret.naturalPerson", ReportNumbers.NAMES.get(10 + 4 * 7));
        assertEquals("reviewAndLitigation.litigationAfterReview.total", ReportNumbers.NAMES.get(199));
    }

    @Test
    void flatNamesAreTheJsonPathsOfTheCanonicalJson() {
        AnnualReport report = reportWithDistinctNumbers();

        List<String> leaves = new ArrayList<>();
        JsonNode tree = mapper.valueToTree(report);
        for (String section : List.of("proactiveDisclosure", "applications", "reviewAndLitigation")) {
            collectLeaves(section, tree.get(section), leaves);
        }

        assertEquals(leaves, ReportNumbers.NAMES);
    }

    @Test
    void flattenAndUnflattenAreInverse() {
        Map<String, BigDecimal> numbers = distinctNumbers();
        AnnualReport report = reportWith(numbers);

        assertEquals(numbers, ReportNumbers.flatten(report));
        assertEquals(new BigDecimal("1.2345"), report.proactiveDisclosure().fees().amount());
        assertEquals(11L + 4 * 7, report.applications().outcomes().withheld().stateSecret().naturalPerson());
    }

    @Test
    void missingNamesUnflattenToZero() {
        AnnualReport report = reportWith(Map.of("applications.carriedForward.total", BigDecimal.TEN));

        assertEquals(10L, report.applications().carriedForward().total());
        assertEquals(0L, report.applications().newlyReceived().total());
        assertEquals(BigDecimal.ZERO, report.proactiveDisclosure().fees().amount());
    }

    @Test
    void flatteningReadsTheAccessorsAsTheJsonWouldBeRead() {
        assertTrue(ReportNumbers.readsAccessors(), "every cell's path leads through records to a number");
        Map<String, BigDecimal> gaps = new LinkedHashMap<>(distinctNumbers());
        gaps.put("applications.carriedOver.total", null);
        gaps.put("proactiveDisclosure.fees.amount", new BigDecimal("1.20E+3"));
        gaps.put("applications.newlyReceived.naturalPerson", BigDecimal.valueOf(Count.MAX));
        AnnualReport withGaps = ReportNumbers.unflattenKeepingGaps(gaps, AnnualReport.class);
        AnnualReport noSections = new AnnualReport(new Agency("410482-test", "汝州市测试局"), "410482", 2024, null,
                null, withGaps.applications(), null);

        for (AnnualReport report : List.of(reportWithDistinctNumbers(), withGaps, noSections)) {
            Map<String, BigDecimal> read = ReportNumbers.flatten(report);
            Map<String, BigDecimal> asJson = ReportNumbers.flattenAsJson(report);
            assertEquals(new ArrayList<>(asJson.keySet()), new ArrayList<>(read.keySet()));
            asJson.forEach((name, value) -> assertEquals(value == null ? null : value.toString(),
                    read.get(name) == null ? null : read.get(name).toString(), name));
        }
        assertEquals(null, ReportNumbers.flatten(noSections).get("proactiveDisclosure.fees.amount"));
        assertEquals(new BigDecimal("1.20E+3").toString(),
                ReportNumbers.flatten(withGaps).get("proactiveDisclosure.fees.amount").toString());
    }

    static Map<String, BigDecimal> distinctNumbers() {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        for (int i = 0; i < ReportNumbers.NAMES.size(); i++) {
            String name = ReportNumbers.NAMES.get(i);
            numbers.put(name, name.endsWith("fees.amount") ? new BigDecimal("1.2345") : BigDecimal.valueOf(i + 1));
        }
        return numbers;
    }

    static AnnualReport reportWithDistinctNumbers() {
        return reportWith(distinctNumbers());
    }

    private static AnnualReport reportWith(Map<String, BigDecimal> numbers) {
        AnnualReport sections = ReportNumbers.unflatten(numbers, AnnualReport.class);
        return new AnnualReport(new Agency("410482-test", "汝州市测试局"), "410482", 2024, null,
                sections.proactiveDisclosure(), sections.applications(), sections.reviewAndLitigation());
    }

    private static void collectLeaves(String prefix, JsonNode node, List<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> collectLeaves(prefix + "." + field.getKey(), field.getValue(), into));
        } else {
            into.add(prefix);
        }
    }
}
