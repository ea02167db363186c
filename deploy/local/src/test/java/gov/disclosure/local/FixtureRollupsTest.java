package gov.disclosure.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fixture reports, submitted under their own agency ids, add up in every region above them, in both scopes. */
@Tag("e2e")
class FixtureRollupsTest {

    @RegisterExtension
    static final TestSystem system = new TestSystem();

    @Test
    void fixturesAddUpInTheirRegionsAndEveryRegionAbove() {
        Map<String, ObjectNode> fixtures = Fixtures.all();
        ReportApi reports = system.reports();
        fixtures.values().forEach(reports::submit);

        RollupAssertions.awaitRollups(system);
        // the two xinan fixtures are one agency's report of 2023 with the same content: counted once
        assertEquals(1, system.rollups().rollup("410323", 2023, Scope.OWN).get("reportCount").asInt());
        assertEquals(4, system.rollups().rollup("000000", 2021, Scope.ALL).get("reportCount").asInt()
                + system.rollups().rollup("000000", 2023, Scope.ALL).get("reportCount").asInt()
                + system.rollups().rollup("000000", 2024, Scope.ALL).get("reportCount").asInt());

        // the same content again is no new revision: nothing changes
        fixtures.values().forEach(fixture -> assertEquals(1, reports.submit(fixture)));
        RollupAssertions.awaitRollups(system);
    }
}
