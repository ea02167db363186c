package gov.disclosure.rollups.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How one rollup moves: reports gained or lost, rule-breaking reports gained or lost, and each number's change. */
public final class RollupChange {

    private int reports;
    private int reportsWithViolations;
    private final Map<String, BigDecimal> numbers = new LinkedHashMap<>();

    void add(Contribution contribution, int sign) {
        reports += sign;
        if (contribution.breaksRules()) {
            reportsWithViolations += sign;
        }
        contribution.numbers().forEach((name, value) ->
                numbers.merge(name, sign > 0 ? value : value.negate(), BigDecimal::add));
    }

    /** This change followed by {@code next}. */
    void add(RollupChange next) {
        reports += next.reports;
        reportsWithViolations += next.reportsWithViolations;
        next.numbers.forEach((name, value) -> numbers.merge(name, value, BigDecimal::add));
    }

    public int reports() {
        return reports;
    }

    public int reportsWithViolations() {
        return reportsWithViolations;
    }

    public Map<String, BigDecimal> numbers() {
        return Collections.unmodifiableMap(numbers);
    }

    /** True when applying it would change nothing (a revision whose numbers are the same, say). */
    public boolean isEmpty() {
        return reports == 0 && reportsWithViolations == 0 && numbers.values().stream().allMatch(v -> v.signum() == 0);
    }
}
