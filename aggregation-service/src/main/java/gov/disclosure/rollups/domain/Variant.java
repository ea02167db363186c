package gov.disclosure.rollups.domain;

/** Which of a region's rollups: its scope, which reports (basis), and whether those breaking a rule are left out. */
public record Variant(Scope scope, Basis basis, boolean excludesViolations) {

    /** Whether the stored part of the reports breaking a rule ({@link RollupKey#breaksRules()}) is in this rollup. */
    public boolean includesRuleBreakingPart() {
        return !excludesViolations;
    }
}
