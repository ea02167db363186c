package gov.disclosure.rollups.domain;

/**
 * What one published report adds to the rollups it is in: one report, one more that breaks a rule if it does, and
 * its numbers; in the accepted-basis rollups only when a reviewer accepted the revision. A withdrawn report
 * contributes nothing.
 */
public record Contribution(String regionCode, int year, boolean breaksRules, boolean accepted, Numbers numbers) {

    /** Whether the report counts in rollups of this basis, with or without the reports that break a rule. */
    public boolean countsIn(Basis basis, boolean excludesViolations) {
        return (basis == Basis.RECEIVED || accepted) && !(excludesViolations && breaksRules);
    }
}
