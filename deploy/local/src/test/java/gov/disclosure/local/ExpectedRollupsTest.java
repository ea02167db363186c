package gov.disclosure.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.report.ReportNumbers;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpectedRollupsTest {

    private static final String NEWLY_RECEIVED = "applications.newlyReceived.total";
    private static final String FEES = "proactiveDisclosure.fees.amount";

    private final Map<String, ObjectNode> fixtures = Fixtures.all();
    private final ExpectedRollups expected = new ExpectedRollups();

    @Test
    void numbersAreThoseOfTheTemplate() {
        for (ObjectNode fixture : fixtures.values()) {
            assertEquals(Set.copyOf(ReportNumbers.NAMES), ReportJson.numbers(fixture).keySet());
        }
    }

    @Test
    void fixturesCountInTheirRegionAndEveryRegionAbove() {
        fixtures.values().forEach(fixture -> expected.stored(fixture, 1));

        // 汝州市 (county) → 平顶山市 → 河南省 → 全国; nothing is reported by 平顶山市 itself
        assertRollup(1, "18", "410482", 2024, Scope.OWN);
        assertRollup(0, "0", "410400", 2024, Scope.OWN);
        assertRollup(1, "18", "410400", 2024, Scope.ALL);
        assertRollup(1, "18", "000000", 2024, Scope.ALL);
        assertRollup(0, "0", "000000", 2024, Scope.OWN);
        assertRollup(0, "0", "410482", 2023, Scope.ALL);
    }

    @Test
    void theTwoXinanFixturesAreOneReport() {
        expected.stored(fixtures.get("xinan-example-2023-pdf"), 1);
        expected.stored(fixtures.get("xinan-example-2023-kangxi"), 1);

        ExpectedRollups.Rollup province = expected.rollup("410000", 2023, Scope.ALL);
        assertEquals(1, province.reportCount());
        assertEquals(0, new BigDecimal("1.2345").compareTo(province.numbers().get(FEES)));
        assertEquals(Map.of("410323-example-bureau", 1), expected.revisions("410300", 2023, Scope.ALL));
    }

    @Test
    void sumsAddEveryReportOfTheRegionAndYear() {
        ObjectNode zhengzhou = fixtures.get("zhengzhou-zwfwb-2021");
        ObjectNode zhoukou = fixtures.get("zhoukou-xzfwzx-2021");
        expected.stored(zhengzhou, 1);
        expected.stored(zhoukou, 1);

        ExpectedRollups.Rollup province = expected.rollup("410000", 2021, Scope.ALL);
        assertEquals(2, province.reportCount());
        for (String name : ReportNumbers.NAMES) {
            BigDecimal sum = ReportJson.numbers(zhengzhou).get(name).add(ReportJson.numbers(zhoukou).get(name));
            assertEquals(0, sum.compareTo(province.numbers().get(name)), name);
        }
        assertEquals(0, expected.rollup("410000", 2021, Scope.OWN).reportCount());
    }

    @Test
    void aRevisionReplacesTheEarlierOneAndAWithdrawalRemovesTheReport() {
        ObjectNode ruzhou = fixtures.get("ruzhou-szfb-2024");
        expected.stored(ruzhou, 1);
        expected.stored(ReportJson.scaled(ruzhou, 3), 2);

        assertRollup(1, "54", "410000", 2024, Scope.ALL);
        assertEquals(Map.of("410482-szfb", 2), expected.revisions("000000", 2024, Scope.ALL));

        expected.withdrawn("410482-szfb", 2024);
        assertRollup(0, "0", "410000", 2024, Scope.ALL);
        assertTrue(expected.revisions("000000", 2024, Scope.ALL).isEmpty());
    }

    @Test
    void changedCopiesStillAddUp() {
        ObjectNode ruzhou = fixtures.get("ruzhou-szfb-2024");
        ObjectNode moved = ReportJson.movedApplications(ruzhou, "outcomes.unableToProvide.notHeld", "outcomes.granted",
                "naturalPerson", 2);
        Map<String, BigDecimal> before = ReportJson.numbers(ruzhou);
        Map<String, BigDecimal> after = ReportJson.numbers(moved);

        assertEquals(new BigDecimal(6), after.get("applications.outcomes.granted.naturalPerson"));
        assertEquals(new BigDecimal(6), after.get("applications.outcomes.granted.total"));
        assertEquals(new BigDecimal(8), after.get("applications.outcomes.unableToProvide.notHeld.total"));
        assertEquals(before.get("applications.outcomes.total.total"), after.get("applications.outcomes.total.total"));

        Map<String, BigDecimal> tripled = ReportJson.numbers(ReportJson.scaled(fixtures.get("xinan-example-2023-pdf"), 3));
        assertEquals(0, new BigDecimal("3.7035").compareTo(tripled.get(FEES)));
        assertEquals("410482-e2e", ReportJson.asAgency(ruzhou, "410482-e2e", "e2e").get("agency").get("id").asText());
    }

    private void assertRollup(int reportCount, String newlyReceived, String region, int year, Scope scope) {
        ExpectedRollups.Rollup rollup = expected.rollup(region, year, scope);
        assertEquals(reportCount, rollup.reportCount(), region + "/" + year + " " + scope);
        assertEquals(0, new BigDecimal(newlyReceived).compareTo(rollup.numbers().get(NEWLY_RECEIVED)),
                region + "/" + year + " " + scope + ": " + rollup.numbers().get(NEWLY_RECEIVED));
        assertEquals(ReportNumbers.NAMES.size(), rollup.numbers().size());
    }
}
