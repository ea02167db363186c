package gov.disclosure.reports.parsing;

import java.time.Duration;

/**
 * The time one text may take to read. Reading is linear in the text's length, but a text built to make it slow
 * (thousands of near-miss labels, a table of ambiguous cells) must not hold a worker: past its budget, reading stops
 * and the text is refused as unreadable. The budget is the reading thread's own, set for the length of one parse.
 */
final class ReadingBudget {

    /** The text took longer to read than its budget allowed. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super(null, null, false, false);
        }
    }

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private ReadingBudget() {
    }

    /** Runs {@code reading} within {@code budget}; {@link #check()} inside it throws {@link Exhausted} past it. */
    static <T> T within(Duration budget, java.util.function.Supplier<T> reading) {
        Long outer = DEADLINE.get();
        DEADLINE.set(System.nanoTime() + budget.toNanos());
        try {
            return reading.get();
        } finally {
            if (outer == null) {
                DEADLINE.remove();
            } else {
                DEADLINE.set(outer);
            }
        }
    }

    /** Throws {@link Exhausted} when the current reading is past its budget; free outside a reading. */
    static void check() {
        Long deadline = DEADLINE.get();
        if (deadline != null && System.nanoTime() - deadline > 0) {
            throw new Exhausted();
        }
    }
}
