package gov.disclosure.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.awaitility.Awaitility.await;

/** Compares what aggregation-service answers with {@link ExpectedRollups}, and names every difference. */
final class RollupAssertions {

    /** The regions of the fixture reports and every region above them, including 410100 郑州市 (a city). */
    static final List<String> FIXTURE_REGIONS = List.of(
            "410482", "410400", "410323", "410300", "410100", "411600", "410000", "000000");

    /** The fixtures' years, and 2022 when nothing was reported. */
    static final List<Integer> YEARS = List.of(2021, 2022, 2023, 2024);

    private static final Duration DEADLINE = Duration.ofMinutes(3);

    private RollupAssertions() {
    }

    /**
     * Waits until every rollup of the fixture regions and years is as expected from what the test class stored:
     * the events travel through the outbox, Kafka and the consumer, each at its own pace.
     */
    static void awaitRollups(TestSystem system) {
        long start = System.nanoTime();
        Set<Integer> years = new TreeSet<>(YEARS);
        years.addAll(system.expected().years());
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .untilAsserted(() -> assertRollups(system.expected(), system.rollups(), FIXTURE_REGIONS, years));
        System.out.printf("[e2e] rollups as expected after %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /**
     * Every rollup of {@code regions} and {@code years}, in both scopes, equals the expected one: the report count
     * and every number of the three sections. The country's rollups also list exactly the expected revisions.
     */
    static void assertRollups(ExpectedRollups expected, RollupApi api, Collection<String> regions,
                              Collection<Integer> years) {
        List<String> differences = new ArrayList<>();
        for (int year : years) {
            for (String region : regions) {
                for (Scope scope : Scope.values()) {
                    differences.addAll(rollupDifferences(expected, api, region, year, scope));
                }
            }
            differences.addAll(reportListDifferences(expected, api, "000000", year));
        }
        if (!differences.isEmpty()) {
            throw new AssertionError(differences.size() + " differences from the expected rollups:\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(40, differences.size())))
                    + (differences.size() > 40 ? "\n  ..." : ""));
        }
    }

    static List<String> rollupDifferences(ExpectedRollups expected, RollupApi api, String region, int year, Scope scope) {
        return differences(expected, api.rollup(region, year, scope), region, year, scope);
    }

    /** How {@code got}, aggregation-service's answer for one rollup, differs from the expected one. */
    static List<String> differences(ExpectedRollups expected, JsonNode got, String region, int year, Scope scope) {
        String rollup = region + "/" + year + " " + scope.parameter();
        ExpectedRollups.Rollup want = expected.rollup(region, year, scope);
        List<String> differences = new ArrayList<>();
        if (got.path("reportCount").asInt(-1) != want.reportCount()) {
            differences.add(rollup + ": reportCount " + got.path("reportCount") + ", expected " + want.reportCount());
        }
        // the query says "own"/"all"; the body names the scope in upper case (OWN/ALL), as its OpenAPI document says
        if (!region.equals(got.path("regionCode").asText()) || got.path("year").asInt() != year
                || !scope.parameter().equalsIgnoreCase(got.path("scope").asText())) {
            differences.add(rollup + ": answered for " + got.path("regionCode") + "/" + got.path("year") + " "
                    + got.path("scope"));
        }
        Map<String, BigDecimal> numbers = ReportJson.numbers(got);
        Set<String> names = new TreeSet<>(want.numbers().keySet());
        names.addAll(numbers.keySet());
        for (String name : names) {
            BigDecimal wanted = want.numbers().get(name);
            BigDecimal found = numbers.get(name);
            if (wanted == null || found == null || wanted.compareTo(found) != 0) {
                differences.add(rollup + ": " + name + " " + (found == null ? "missing" : found.toPlainString())
                        + ", expected " + (wanted == null ? "no such number" : wanted.toPlainString()));
            }
        }
        return differences;
    }

    /** Each agency once, with its latest revision: nothing counted twice, nothing missing, nothing stale. */
    static List<String> reportListDifferences(ExpectedRollups expected, RollupApi api, String region, int year) {
        Map<String, Integer> want = expected.revisions(region, year, Scope.ALL);
        Map<String, Integer> got = new TreeMap<>();
        List<String> differences = new ArrayList<>();
        for (JsonNode report : api.reports(region, year, Scope.ALL)) {
            Integer earlier = got.put(report.path("agencyId").asText(), report.path("revision").asInt());
            if (earlier != null) {
                differences.add(region + "/" + year + " reports: " + report.path("agencyId").asText() + " listed twice");
            }
        }
        if (!got.equals(want)) {
            Set<String> agencies = new TreeSet<>(want.keySet());
            agencies.addAll(got.keySet());
            for (String agency : agencies) {
                if (!java.util.Objects.equals(want.get(agency), got.get(agency))) {
                    differences.add(region + "/" + year + " reports: " + agency + " revision " + got.get(agency)
                            + ", expected " + want.get(agency));
                }
            }
        }
        return differences;
    }
}
