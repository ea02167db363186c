package gov.disclosure.local;

import com.fasterxml.jackson.databind.JsonNode;
import gov.disclosure.region.Regions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fixture reports, submitted under their own agency ids, add up in every region above them, in both scopes. */
@Tag("e2e")
class FixtureRollupsTest {

    @RegisterExtension
    static final TestSystem system = new TestSystem();

    /** The two xinan fixtures are one agency's report of 2023 with the same content: 201, then 200. */
    @BeforeAll
    static void submitFixtures() {
        system.reports().submitAll(Fixtures.all().values());
    }

    @Test
    void fixturesAddUpInTheirRegionsAndEveryRegionAbove() {
        RollupAssertions.awaitRollups(system);
        assertEquals(1, system.rollups().rollup("410323", 2023, Scope.OWN).get("reportCount").asInt());

        // the same content again is no new revision: nothing changes
        Fixtures.all().values().forEach(system.reports()::submitAgain);
        RollupAssertions.awaitRollups(system);
    }

    @Test
    void subRegionsAndYearsAddUpToo() {
        RollupAssertions.awaitRollups(system);
        ExpectedRollups expected = system.expected();
        RollupApi rollups = system.rollups();
        List<String> differences = new ArrayList<>();

        // 河南省's cities in 2021: 郑州市 and 周口市 have a report each, the others none
        JsonNode cities = rollups.children("410000", 2021, Scope.ALL);
        assertEquals(Regions.standard().children("410000").size(), cities.size());
        for (JsonNode city : cities) {
            differences.addAll(RollupAssertions.differences(expected, city, city.get("regionCode").asText(), 2021, Scope.ALL));
        }
        JsonNode years = rollups.years("000000", 2021, 2024, Scope.ALL);
        assertEquals(4, years.size());
        for (JsonNode year : years) {
            differences.addAll(RollupAssertions.differences(expected, year, "000000", year.get("year").asInt(), Scope.ALL));
        }
        assertEquals(List.of(), differences);
    }
}
