package gov.disclosure.rollups.domain;

import gov.disclosure.region.Regions;

/**
 * Which scope a rollup is stored under. A region with no region below it (a county, or a city without counties) has
 * the same sums in both scopes: everything within its territory (全域) is its own agencies (本级). Its 全域 rollup is
 * kept once, as its 本级 rollup, so that a report writes one rollup row fewer per variant; readers ask for it here.
 */
public final class StoredScope {

    private StoredScope() {
    }

    /** Whether the region's 全域 rollup is its 本级 rollup (it has no region below it). */
    public static boolean allIsOwn(Regions regions, String regionCode) {
        return regions.children(regionCode).isEmpty();
    }

    /** The scope under which the region's rollup of {@code scope} is stored. */
    public static Scope of(Regions regions, String regionCode, Scope scope) {
        return scope == Scope.ALL && allIsOwn(regions, regionCode) ? Scope.OWN : scope;
    }

    /** The variant under which the region's {@code which} rollup is stored. */
    public static Variant of(Regions regions, String regionCode, Variant which) {
        return new Variant(of(regions, regionCode, which.scope()), which.basis(), which.excludesViolations());
    }
}
