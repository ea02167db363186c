package gov.disclosure.rollups.domain;

import java.util.Comparator;

/**
 * One rollup: a region, a year, a scope, and which reports it sums (basis, and whether those breaking a rule are
 * left out). Ordered, so that rollups are always locked in the same order.
 */
public record RollupKey(String regionCode, int year, Scope scope, Basis basis, boolean excludesViolations)
        implements Comparable<RollupKey> {

    private static final Comparator<RollupKey> ORDER = Comparator.comparing(RollupKey::regionCode)
            .thenComparingInt(RollupKey::year)
            .thenComparing(RollupKey::scope)
            .thenComparing(RollupKey::basis)
            .thenComparing(RollupKey::excludesViolations);

    /** Every report received: the rollup as it was before variants. */
    public RollupKey(String regionCode, int year, Scope scope) {
        this(regionCode, year, scope, Basis.RECEIVED, false);
    }

    @Override
    public int compareTo(RollupKey other) {
        return ORDER.compare(this, other);
    }
}
