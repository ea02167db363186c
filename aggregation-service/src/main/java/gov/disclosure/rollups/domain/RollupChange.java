package gov.disclosure.rollups.domain;

import java.math.BigDecimal;

/** How one rollup moves: reports gained or lost, rule-breaking reports gained or lost, and each number's change. */
public final class RollupChange {

    private int reports;
    private int reportsWithViolations;
    private final BigDecimal[] numbers = Numbers.zeros();

    void add(Contribution contribution, int sign) {
        reports += sign;
        if (contribution.breaksRules()) {
            reportsWithViolations += sign;
        }
        Numbers.addTo(numbers, contribution.numbers(), sign);
    }

    /** This change followed by {@code next}. */
    void add(RollupChange next) {
        reports += next.reports;
        reportsWithViolations += next.reportsWithViolations;
        Numbers.addTo(numbers, next.numbers(), +1);
    }

    public int reports() {
        return reports;
    }

    public int reportsWithViolations() {
        return reportsWithViolations;
    }

    public Numbers numbers() {
        return Numbers.inOrder(numbers);
    }

    /** True when applying it would change nothing (a revision whose numbers are the same, say). */
    public boolean isEmpty() {
        if (reports != 0 || reportsWithViolations != 0) {
            return false;
        }
        for (BigDecimal value : numbers) {
            if (value.signum() != 0) {
                return false;
            }
        }
        return true;
    }
}
