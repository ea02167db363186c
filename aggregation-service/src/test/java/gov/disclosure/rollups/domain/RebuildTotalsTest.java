package gov.disclosure.rollups.domain;

import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RebuildTotalsTest {

    private static final String A = "applications.newlyReceived.total";
    private static final Regions REGIONS = Regions.standard();

    private final List<SortedMap<RollupKey, RollupChange>> batches = new ArrayList<>();

    @Test
    void handsOnEveryRollupOnceWithTheSumsOfAllTheReportsAtOnce() {
        List<Contribution> reports = reportsOfEveryRegion(3, new Random(7));
        RebuildTotals totals = new RebuildTotals(REGIONS, 100, batches::add);
        reports.forEach(totals::add);
        totals.finish();

        Map<RollupKey, RollupChange> expected = new TreeMap<>();
        RollupChanges changes = new RollupChanges(REGIONS);
        reports.forEach(report -> changes.addTo(expected, report));
        Map<RollupKey, RollupChange> handedOn = new TreeMap<>();
        for (SortedMap<RollupKey, RollupChange> batch : batches) {
            batch.forEach((key, change) -> assertEquals(null, handedOn.put(key, change), "handed on twice: " + key));
        }
        assertEquals(expected.keySet(), handedOn.keySet());
        expected.forEach((key, change) -> {
            assertEquals(change.reports(), handedOn.get(key).reports(), key.toString());
            assertEquals(change.reportsWithViolations(), handedOn.get(key).reportsWithViolations(), key.toString());
            assertEquals(change.numbers(), handedOn.get(key).numbers(), key.toString());
        });
    }

    @Test
    void holdsOnlyTheRollupsOfTheRegionsAboveTheCurrentOneAndOfTheCurrentOnesNeighbours() {
        List<Contribution> reports = reportsOfEveryRegion(1, new Random(11));
        RebuildTotals totals = new RebuildTotals(REGIONS, 500, batches::add);
        int most = 0;
        for (Contribution report : reports) {
            totals.add(report);
            most = Math.max(most, totals.held());
        }
        totals.finish();

        int all = batches.stream().mapToInt(Map::size).sum();
        assertTrue(all > 12_000, "every region's rollups of two years: " + all);
        assertTrue(most < 2_000, "held at most " + most + " of " + all);
        assertTrue(batches.stream().allMatch(batch -> batch.size() < 600), "batches of about 500");
    }

    @Test
    void refusesAReportOutOfTheOrderOfRegionCodes() {
        RebuildTotals totals = new RebuildTotals(REGIONS, 100, batches::add);
        totals.add(report("410482", 2024, 1));

        assertThrows(IllegalArgumentException.class, () -> totals.add(report("410400", 2024, 1)));
    }

    /** {@code perRegion} reports of every region in 2023 and 2024 (the country's own agencies too), in code order. */
    private static List<Contribution> reportsOfEveryRegion(int perRegion, Random random) {
        List<Contribution> reports = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        REGIONS.all().stream().map(Region::code).forEach(codes::add);
        codes.add(Regions.COUNTRY_CODE);
        codes.stream().sorted().forEach(code -> {
            for (int year = 2023; year <= 2024; year++) {
                for (int i = 0; i < perRegion; i++) {
                    reports.add(new Contribution(code, year, random.nextInt(5) == 0, random.nextBoolean(),
                            Numbers.of(Map.of(A, BigDecimal.valueOf(random.nextInt(100))))));
                }
            }
        });
        reports.sort(Comparator.comparing(Contribution::regionCode));
        return reports;
    }

    private static Contribution report(String region, int year, int value) {
        return new Contribution(region, year, false, true, Numbers.of(Map.of(A, BigDecimal.valueOf(value))));
    }
}
