package gov.disclosure.reports.parsing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The time one text may take to read. Reading is linear in the text's length, but a text built to make it slow
 * (thousands of near-miss labels, a table of ambiguous cells) must not hold a worker: past its budget, reading stops
 * and the text is refused as unreadable. The budget is the reading thread's own CPU time, set for the length of one
 * parse: counted on the wall clock, a busy machine (other requests, other processes) would refuse a text that is
 * only slow because it waited for a core.
 */
final class ReadingBudget {

    /** The text took longer to read than its budget allowed. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super(null, null, false, false);
        }
    }

    /** Reading the thread's CPU time is a system call: look at it once every this many checks. */
    private static final int CHECKS_PER_LOOK = 64;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();
    private static final ThreadLocal<Deadline> DEADLINE = new ThreadLocal<>();

    private static final class Deadline {
        private final long at;
        private int checks;

        private Deadline(Duration budget) {
            this.at = now() + budget.toNanos();
        }

        private boolean passed() {
            return ++checks % CHECKS_PER_LOOK == 0 && now() - at > 0;
        }
    }

    private ReadingBudget() {
    }

    /** Runs {@code reading} within {@code budget}; {@link #check()} inside it throws {@link Exhausted} past it. */
    static <T> T within(Duration budget, java.util.function.Supplier<T> reading) {
        Deadline outer = DEADLINE.get();
        DEADLINE.set(new Deadline(budget));
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
        Deadline deadline = DEADLINE.get();
        if (deadline != null && deadline.passed()) {
            throw new Exhausted();
        }
    }

    private static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
