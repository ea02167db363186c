package gov.disclosure.rollups.domain;

import java.util.Comparator;

/** One rollup: a region, a year and a scope. Ordered, so that rollups are always locked in the same order. */
public record RollupKey(String regionCode, int year, Scope scope) implements Comparable<RollupKey> {

    private static final Comparator<RollupKey> ORDER = Comparator.comparing(RollupKey::regionCode)
            .thenComparingInt(RollupKey::year)
            .thenComparing(RollupKey::scope);

    @Override
    public int compareTo(RollupKey other) {
        return ORDER.compare(this, other);
    }
}
