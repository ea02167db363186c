package gov.disclosure.rollups.domain;

import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The sums of a rebuild from scratch, holding only the rollups that may still change. Fed the reports in the order
 * of their region codes, a rollup is complete once the reports have gone past every region it sums (its own and
 * those below it), and is handed on then, in batches. A country's rollups at once (regions × years × variants: about
 * a hundred thousand, of some two hundred sums each) would not fit in the service's heap; those still open at any
 * time (the regions above the current one, and the current one's) do.
 * <p>
 * A report is added to its own region's rollups only; a region's whole territory, once complete, is added to its
 * parent's (a county's sums go into its city's once, not every report's into every region above it).
 */
public final class RebuildTotals {

    /** Country, province, city, county: no region of the table lies deeper than this. */
    private static final int MAX_DEPTH = 8;

    private final Regions regions;
    private final RollupChanges changes;
    private final int batchSize;
    private final Consumer<SortedMap<RollupKey, RollupChange>> completed;
    /** By region: the greatest code among it and the regions below it, after which its rollups are complete. */
    private final Map<String, String> lastCovered;
    /** The open rollups, by the code after which they are complete. */
    private final TreeMap<String, Map<RollupKey, RollupChange>> open = new TreeMap<>();
    private SortedMap<RollupKey, RollupChange> batch = new TreeMap<>();
    private String lastRegion = "";

    /**
     * @param completed takes each batch of complete rollups once: {@code batchSize} of them or a few more (a
     *                  region's rollups go together), and the rest at {@link #finish()}
     */
    public RebuildTotals(Regions regions, int batchSize, Consumer<SortedMap<RollupKey, RollupChange>> completed) {
        this.regions = regions;
        this.changes = new RollupChanges(regions);
        this.batchSize = batchSize;
        this.completed = completed;
        this.lastCovered = lastCovered(regions);
    }

    /** @throws IllegalArgumentException for a report whose region code comes before the last one's */
    public void add(Contribution contribution) {
        String region = contribution.regionCode();
        if (region.compareTo(lastRegion) < 0) {
            throw new IllegalArgumentException("reports must come in the order of their region codes: " + region
                    + " after " + lastRegion);
        }
        lastRegion = region;
        completeBefore(region);
        for (RollupKey key : changes.keys(contribution)) {
            if (key.regionCode().equals(region)) {
                open.computeIfAbsent(lastCovered(region), code -> new HashMap<>())
                        .computeIfAbsent(key, k -> new RollupChange()).add(contribution, +1);
            }
        }
    }

    /** Hands on every rollup still open: call once, after the last report. */
    public void finish() {
        completeBefore(null);
        if (!batch.isEmpty()) {
            completed.accept(batch);
            batch = new TreeMap<>();
        }
    }

    /** How many rollups are held: open, or complete and not handed on yet. */
    public int held() {
        return batch.size() + open.values().stream().mapToInt(Map::size).sum();
    }

    /** Completes the rollups that no report from {@code region} on can change (all of them for null). */
    private void completeBefore(String region) {
        while (!open.isEmpty() && (region == null || open.firstKey().compareTo(region) < 0)) {
            Map.Entry<String, Map<RollupKey, RollupChange>> group = open.pollFirstEntry();
            addToRegionsAbove(group.getKey(), group.getValue());
            batch.putAll(group.getValue());
            if (batch.size() >= batchSize) {
                completed.accept(batch);
                batch = new TreeMap<>();
            }
        }
    }

    /**
     * Adds each whole territory among these complete rollups to its parent's, deepest first: a parent completing with
     * them (its last region below is theirs) is in the same group, and gets all of its children's before its own goes
     * up in turn.
     */
    private void addToRegionsAbove(String completedAfter, Map<RollupKey, RollupChange> group) {
        for (int depth = MAX_DEPTH; depth > 1; depth--) {
            for (Map.Entry<RollupKey, RollupChange> rollup : List.copyOf(group.entrySet())) {
                RollupKey key = rollup.getKey();
                Region region = regions.find(key.regionCode()).orElse(null);
                if (region == null || region.parentCode() == null || depth(region.code()) != depth
                        || StoredScope.of(regions, region.code(), Scope.ALL) != key.scope()) {
                    continue;
                }
                RollupKey above = new RollupKey(region.parentCode(), key.year(), Scope.ALL, key.basis(),
                        key.breaksRules());
                String parentCompletes = lastCovered(region.parentCode());
                Map<RollupKey, RollupChange> parentGroup = parentCompletes.equals(completedAfter) ? group
                        : open.computeIfAbsent(parentCompletes, code -> new HashMap<>());
                parentGroup.computeIfAbsent(above, k -> new RollupChange()).add(rollup.getValue());
            }
        }
    }

    private String lastCovered(String region) {
        return lastCovered.getOrDefault(region, region);
    }

    private int depth(String region) {
        return regions.selfAndAncestors(region).size();
    }

    private static Map<String, String> lastCovered(Regions regions) {
        Map<String, String> last = new HashMap<>();
        for (Region region : regions.all()) {
            for (Region above : regions.selfAndAncestors(region.code())) {
                last.merge(above.code(), region.code(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        return last;
    }
}
