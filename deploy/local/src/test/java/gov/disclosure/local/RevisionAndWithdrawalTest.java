package gov.disclosure.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A revision moves every rollup by exactly the difference; a withdrawal takes the report out of every rollup. */
@Tag("e2e")
class RevisionAndWithdrawalTest {

    @RegisterExtension
    static final TestSystem system = new TestSystem();

    @Test
    void aRevisionMovesTheRollupsByTheDifference() {
        ReportApi reports = system.reports();
        ObjectNode ruzhou = ReportJson.asAgency(Fixtures.named("ruzhou-szfb-2024"), "410482-revised", "汝州市修订局");
        reports.submit(Fixtures.named("zhengzhou-zwfwb-2021"));
        int revision = reports.submit(ruzhou);
        RollupAssertions.awaitRollups(system);
        JsonNode before = system.rollups().rollup("410000", 2024, Scope.ALL);

        // two applications of natural persons moved from 不予公开 (notHeld) to 予以公开 (granted)
        ObjectNode moved = ReportJson.movedApplications(ruzhou, "outcomes.unableToProvide.notHeld", "outcomes.granted",
                "naturalPerson", 2);
        revision = reports.revise(moved, revision);
        RollupAssertions.awaitRollups(system);
        assertMovedBy(before, system.rollups().rollup("410000", 2024, Scope.ALL), ruzhou, moved);

        // and a revision that changes every number: three times the report
        before = system.rollups().rollup("410000", 2024, Scope.ALL);
        ObjectNode tripled = ReportJson.scaled(ruzhou, 3);
        assertEquals(revision + 1, reports.revise(tripled, revision));
        RollupAssertions.awaitRollups(system);
        assertMovedBy(before, system.rollups().rollup("410000", 2024, Scope.ALL), moved, tripled);
    }

    @Test
    void aWithdrawnReportLeavesEveryRollup() {
        ReportApi reports = system.reports();
        ObjectNode zhoukou = ReportJson.asAgency(Fixtures.named("zhoukou-xzfwzx-2021"), "411600-withdrawn", "周口市撤回局");
        ObjectNode xinan = ReportJson.asAgency(Fixtures.named("xinan-example-2023-pdf"), "410323-withdrawn", "新安县撤回局");
        int zhoukouRevision = reports.submit(zhoukou);
        int xinanRevision = reports.revise(ReportJson.scaled(xinan, 2), reports.submit(xinan));
        RollupAssertions.awaitRollups(system);

        reports.withdraw(zhoukou, zhoukouRevision);
        reports.withdraw(xinan, xinanRevision);
        RollupAssertions.awaitRollups(system);
    }

    /** The rollup moved by exactly the report's change: after − before = new − old, number by number. */
    private static void assertMovedBy(JsonNode before, JsonNode after, JsonNode oldReport, JsonNode newReport) {
        Map<String, BigDecimal> was = ReportJson.numbers(before);
        Map<String, BigDecimal> is = ReportJson.numbers(after);
        Map<String, BigDecimal> oldNumbers = ReportJson.numbers(oldReport);
        Map<String, BigDecimal> newNumbers = ReportJson.numbers(newReport);
        for (String name : newNumbers.keySet()) {
            BigDecimal moved = is.get(name).subtract(was.get(name));
            BigDecimal change = newNumbers.get(name).subtract(oldNumbers.get(name));
            assertEquals(0, change.compareTo(moved), name + ": moved by " + moved + ", the report changed by " + change);
        }
        assertEquals(before.get("reportCount"), after.get("reportCount"));
    }
}
