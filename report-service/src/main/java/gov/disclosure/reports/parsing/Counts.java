package gov.disclosure.reports.parsing;

import java.math.BigDecimal;

/** Checks that a value read from a table is a count: a whole number, not negative, within a long. */
final class Counts {

    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private Counts() {
    }

    /** The count, or {@code null} when {@code value} is not one. */
    static Long count(BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(LONG_MAX) > 0) {
            return null;
        }
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }
}
