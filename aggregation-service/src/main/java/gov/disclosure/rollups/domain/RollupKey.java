package gov.disclosure.rollups.domain;

import java.util.Comparator;

/**
 * One stored rollup: a region, a year, a scope, which reports it sums (basis), and which part of them: those that break
 * an arithmetic rule or those that break none. A rollup as dashboards ask for it ({@link Variant}) is the part breaking
 * none, or both parts summed, so that a report is written to one part and not to two rollups. Ordered, so that
 * rollups are always locked in the same order.
 */
public record RollupKey(String regionCode, int year, Scope scope, Basis basis, boolean breaksRules)
        implements Comparable<RollupKey> {

    private static final Comparator<RollupKey> ORDER = Comparator.comparing(RollupKey::regionCode)
            .thenComparingInt(RollupKey::year)
            .thenComparing(RollupKey::scope)
            .thenComparing(RollupKey::basis)
            .thenComparing(RollupKey::breaksRules);

    /** The reports received that break no rule. */
    public RollupKey(String regionCode, int year, Scope scope) {
        this(regionCode, year, scope, Basis.RECEIVED, false);
    }

    @Override
    public int compareTo(RollupKey other) {
        return ORDER.compare(this, other);
    }
}
