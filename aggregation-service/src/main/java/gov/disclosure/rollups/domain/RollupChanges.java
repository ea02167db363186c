package gov.disclosure.rollups.domain;

import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which rollups a report is in, and how they change when a report changes. A report of region R is in the OWN
 * rollup of R and in the ALL rollups of R and of every region above it, up to the country; in each, in the bases it
 * counts in (every report received; the accepted ones), and there in the part of the reports that break a rule if it
 * does, else in the part of those that break none ({@link RollupKey#breaksRules()}).
 * The ALL rollup of a region with none below it is its OWN rollup ({@link StoredScope}), stored once.
 */
public final class RollupChanges {

    private final Regions regions;

    public RollupChanges(Regions regions) {
        this.regions = regions;
    }

    /**
     * The changes that take every rollup from a report's old contribution to its new one; either may be null (a new
     * report, a withdrawal). Rollups that would not change are left out.
     */
    public SortedMap<RollupKey, RollupChange> between(Contribution before, Contribution after) {
        SortedMap<RollupKey, RollupChange> changes = new TreeMap<>();
        addBetween(changes, before, after);
        changes.values().removeIf(RollupChange::isEmpty);
        return changes;
    }

    /**
     * Adds to {@code changes} what takes the rollups from a report's old contribution to its new one: the changes of
     * several reports (a batch of events) fold into one change per rollup. Rollups may be left with empty changes.
     */
    public void addBetween(Map<RollupKey, RollupChange> changes, Contribution before, Contribution after) {
        if (before != null) {
            add(changes, before, -1);
        }
        if (after != null) {
            add(changes, after, +1);
        }
    }

    /** Adds a report to running totals, as a rebuild from scratch does. */
    public void addTo(Map<RollupKey, RollupChange> totals, Contribution contribution) {
        add(totals, contribution, +1);
    }

    public List<RollupKey> keys(Contribution contribution) {
        List<RollupKey> keys = new ArrayList<>();
        boolean part = contribution.breaksRules();
        for (Basis basis : Basis.values()) {
            if (contribution.countsIn(basis)) {
                keys.add(new RollupKey(contribution.regionCode(), contribution.year(), Scope.OWN, basis, part));
                for (Region region : regions.selfAndAncestors(contribution.regionCode())) {
                    if (StoredScope.allIsOwn(regions, region.code())) {
                        continue; // its 全域 rollup is the 本级 one just added
                    }
                    keys.add(new RollupKey(region.code(), contribution.year(), Scope.ALL, basis, part));
                }
            }
        }
        return keys;
    }

    private void add(Map<RollupKey, RollupChange> changes, Contribution contribution, int sign) {
        for (RollupKey key : keys(contribution)) {
            changes.computeIfAbsent(key, k -> new RollupChange()).add(contribution, sign);
        }
    }
}
