package gov.disclosure.local;

import com.fasterxml.jackson.databind.JsonNode;
import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import gov.disclosure.report.ReportNumbers;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the rollups must say, worked out from what a test stored: the latest revision of each agency's report of a
 * year, withdrawn ones removed. Safe to update from several threads.
 */
final class ExpectedRollups {

    /** The latest revision of one agency's report of one year. */
    record Stored(String agencyId, String regionCode, int year, int revision, Map<String, BigDecimal> numbers) {
    }

    /** A rollup: how many reports, and the sum of each number. */
    record Rollup(int reportCount, Map<String, BigDecimal> numbers) {
    }

    private final Regions regions = Regions.standard();
    private final Map<String, Stored> latest = new ConcurrentHashMap<>();

    /** The service stored {@code report} as {@code revision}: it replaces the agency's earlier one of that year. */
    void stored(JsonNode report, int revision) {
        String agencyId = report.get("agency").get("id").asText();
        int year = report.get("year").asInt();
        latest.put(key(agencyId, year), new Stored(agencyId, report.get("regionCode").asText(), year, revision,
                ReportJson.numbers(report)));
    }

    void withdrawn(String agencyId, int year) {
        latest.remove(key(agencyId, year));
    }

    Rollup rollup(String regionCode, int year, Scope scope) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        ReportNumbers.NAMES.forEach(name -> sums.put(name, BigDecimal.ZERO));
        int count = 0;
        for (Stored report : latest.values()) {
            if (report.year() == year && counts(report, regionCode, scope)) {
                count++;
                report.numbers().forEach((name, value) -> sums.merge(name, value, BigDecimal::add));
            }
        }
        return new Rollup(count, sums);
    }

    /** The agencies in a rollup, with the revision of theirs it counts. */
    Map<String, Integer> revisions(String regionCode, int year, Scope scope) {
        Map<String, Integer> revisions = new TreeMap<>();
        for (Stored report : latest.values()) {
            if (report.year() == year && counts(report, regionCode, scope)) {
                revisions.put(report.agencyId(), report.revision());
            }
        }
        return revisions;
    }

    Set<Integer> years() {
        Set<Integer> years = new TreeSet<>();
        latest.values().forEach(report -> years.add(report.year()));
        return years;
    }

    private boolean counts(Stored report, String regionCode, Scope scope) {
        if (scope == Scope.OWN) {
            return report.regionCode().equals(regionCode);
        }
        return regions.selfAndAncestors(report.regionCode()).stream().map(Region::code).anyMatch(regionCode::equals);
    }

    private static String key(String agencyId, int year) {
        return agencyId + "/" + year;
    }
}
