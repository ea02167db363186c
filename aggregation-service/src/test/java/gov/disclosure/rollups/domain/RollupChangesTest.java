package gov.disclosure.rollups.domain;

import gov.disclosure.region.Regions;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RollupChangesTest {

    /** The number these tests follow. */
    private static final String A = "applications.newlyReceived.total";

    private static Numbers numbers(BigDecimal value) {
        return Numbers.of(Map.of(A, value));
    }

    private final RollupChanges changes = new RollupChanges(Regions.standard());

    @Test
    void aCountyReportIsInItsOwnRollupWhichIsAlsoItsWholeTerritoryAndInTheWholeTerritoryOfEveryRegionAbove() {
        List<RollupKey> keys = changes.keys(report("410482", 1));

        assertEquals(List.of(
                new RollupKey("410482", 2024, Scope.OWN),
                new RollupKey("410400", 2024, Scope.ALL),
                new RollupKey("410000", 2024, Scope.ALL),
                new RollupKey("000000", 2024, Scope.ALL)), everyReport(keys));
    }

    @Test
    void aCityDepartmentIsInTheCitysOwnRollupAndItsWholeTerritory() {
        assertEquals(List.of(
                new RollupKey("410400", 2024, Scope.OWN),
                new RollupKey("410400", 2024, Scope.ALL),
                new RollupKey("410000", 2024, Scope.ALL),
                new RollupKey("000000", 2024, Scope.ALL)), everyReport(changes.keys(report("410400", 1))));
    }

    @Test
    void theWholeTerritoryOfARegionWithNoneBelowItIsReadFromItsOwnRollup() {
        Regions regions = Regions.standard();
        Variant all = new Variant(Scope.ALL, Basis.ACCEPTED, true);

        assertEquals(new Variant(Scope.OWN, Basis.ACCEPTED, true), StoredScope.of(regions, "410482", all), "a county");
        assertEquals(new Variant(Scope.OWN, Basis.ACCEPTED, true), StoredScope.of(regions, "441900", all),
                "东莞市, a city without counties");
        assertEquals(all, StoredScope.of(regions, "410400", all), "a city with counties");
        assertEquals(all, StoredScope.of(regions, "000000", all), "the country");
        Variant own = new Variant(Scope.OWN, Basis.RECEIVED, false);
        assertEquals(own, StoredScope.of(regions, "410400", own));
    }

    @Test
    void aCentralDepartmentIsInTheCountrysOwnRollup() {
        assertEquals(List.of(new RollupKey("000000", 2024, Scope.OWN), new RollupKey("000000", 2024, Scope.ALL)),
                everyReport(changes.keys(report("000000", 1))));
    }

    @Test
    void aReportIsInThePartOfItsRollupsThatBreakARuleIfItDoesAndInTheAcceptedOnesOnceAccepted() {
        assertEquals(List.of("RECEIVED false"), variants(report("000000", 1)));
        assertEquals(List.of("RECEIVED false", "ACCEPTED false"),
                variants(new Contribution("000000", 2024, false, true, numbers(BigDecimal.ONE))));
        assertEquals(List.of("RECEIVED true", "ACCEPTED true"),
                variants(new Contribution("000000", 2024, true, true, numbers(BigDecimal.ONE))));
        assertEquals(List.of("RECEIVED true"),
                variants(new Contribution("000000", 2024, true, false, numbers(BigDecimal.ONE))));
    }

    @Test
    void aRevisionThatMendsTheArithmeticMovesTheReportToThePartBreakingNoRule() {
        Contribution broken = new Contribution("410482", 2024, true, false, numbers(BigDecimal.valueOf(5)));
        Contribution mended = new Contribution("410482", 2024, false, false, numbers(BigDecimal.valueOf(6)));

        Map<RollupKey, RollupChange> moved = changes.between(broken, mended);

        RollupKey ownBreaking = new RollupKey("410482", 2024, Scope.OWN, Basis.RECEIVED, true);
        RollupKey ownBreakingNone = new RollupKey("410482", 2024, Scope.OWN, Basis.RECEIVED, false);
        assertEquals(-1, moved.get(ownBreaking).reports());
        assertEquals(-1, moved.get(ownBreaking).reportsWithViolations());
        assertEquals(0, moved.get(ownBreaking).numbers().get(A).compareTo(BigDecimal.valueOf(-5)));
        assertEquals(1, moved.get(ownBreakingNone).reports());
        assertEquals(0, moved.get(ownBreakingNone).reportsWithViolations());
        assertEquals(0, moved.get(ownBreakingNone).numbers().get(A).compareTo(BigDecimal.valueOf(6)));
    }

    @Test
    void anAcceptanceAddsTheReportToTheAcceptedRollupsOnly() {
        var change = changes.between(report("410482", 5),
                new Contribution("410482", 2024, false, true, numbers(BigDecimal.valueOf(5))));

        assertEquals(4, change.size(), "the county's own, its city's, province's and country's (the part breaking no rule)");
        change.forEach((key, c) -> {
            assertEquals(Basis.ACCEPTED, key.basis());
            assertEquals(1, c.reports());
        });
    }

    @Test
    void aRevisionChangesEachRollupByTheDifference() {
        var change = changes.between(report("410482", 5), report("410482", 8));

        assertEquals(4, change.size());
        change.values().forEach(c -> {
            assertEquals(0, c.reports());
            assertEquals(new BigDecimal(3), c.numbers().get(A));
        });
    }

    @Test
    void aRevisionWithTheSameNumbersChangesNothing() {
        assertTrue(changes.between(report("410482", 5), report("410482", 5)).isEmpty());
    }

    @Test
    void aWithdrawalTakesTheReportOut() {
        var change = changes.between(report("410100", 5), null);

        change.values().forEach(c -> {
            assertEquals(-1, c.reports());
            assertEquals(new BigDecimal(-5), c.numbers().get(A));
        });
    }

    @Test
    void aReportMovedToAnotherRegionLeavesTheRollupsItWasInAndJoinsTheNewOnes() {
        var change = changes.between(report("410482", 5), report("410100", 5));

        assertEquals(-1, change.get(new RollupKey("410400", 2024, Scope.ALL)).reports());
        assertEquals(1, change.get(new RollupKey("410100", 2024, Scope.ALL)).reports());
        assertTrue(!change.containsKey(new RollupKey("410000", 2024, Scope.ALL)), "the province keeps it");
    }

    /** Applying any sequence of revisions change by change gives the sums of the last ones. */
    @Test
    void changesAddUpToTheSumsOfTheLatestContributions() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> regions = List.of("410482", "410400", "410100", "110101", "000000", "441900");
        Map<RollupKey, RollupChange> kept = new TreeMap<>();
        Map<Integer, Contribution> latest = new HashMap<>();
        for (int step = 0; step < 500; step++) {
            int agency = random.nextInt(30);
            Contribution next = random.nextInt(5) == 0 ? null
                    : new Contribution(regions.get(random.nextInt(regions.size())), 2024, random.nextBoolean(),
                    random.nextBoolean(), numbers(BigDecimal.valueOf(random.nextInt(100))));
            changes.between(latest.get(agency), next)
                    .forEach((key, change) -> kept.computeIfAbsent(key, k -> new RollupChange()).add(change));
            latest.put(agency, next);
        }

        Map<RollupKey, RollupChange> rebuilt = new TreeMap<>();
        latest.values().stream().filter(c -> c != null).forEach(c -> changes.addTo(rebuilt, c));

        kept.values().removeIf(RollupChange::isEmpty);
        assertEquals(describe(rebuilt), describe(kept), "seed " + seed);
    }

    private static List<String> describe(Map<RollupKey, RollupChange> rollups) {
        List<String> lines = new ArrayList<>();
        rollups.forEach((key, change) -> lines.add(key + " " + change.reports() + " "
                + change.numbers().get(A).stripTrailingZeros().toPlainString()));
        return lines;
    }

    /** A report that breaks no rule and nobody accepted yet. */
    private static Contribution report(String region, long value) {
        return new Contribution(region, 2024, false, false, numbers(BigDecimal.valueOf(value)));
    }

    private static List<RollupKey> everyReport(List<RollupKey> keys) {
        return keys.stream().filter(key -> key.basis() == Basis.RECEIVED && !key.breaksRules()).toList();
    }

    private List<String> variants(Contribution contribution) {
        return changes.keys(contribution).stream().map(key -> key.basis() + " " + key.breaksRules())
                .distinct().toList();
    }
}
