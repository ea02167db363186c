package gov.disclosure.rollups.domain;

/**
 * What one published report adds to the rollups it is in: one report, one more that breaks a rule if it does, and
 * its numbers; in the accepted-basis rollups only when a reviewer accepted the revision. A withdrawn report
 * contributes nothing.
 */
public record Contribution(String regionCode, int year, boolean breaksRules, boolean accepted, Numbers numbers) {

    /** Whether the report counts in rollups of this basis (in their part of the reports that break a rule if it does). */
    public boolean countsIn(Basis basis) {
        return basis == Basis.RECEIVED || accepted;
    }
}
