package gov.disclosure.local.benchmark;

import java.util.Arrays;
import java.util.Locale;

/** A sample of durations (nanoseconds, or milliseconds for freshness) and its percentiles. */
record Latencies(long[] sorted, long unitsPerMillisecond) {

    static Latencies ofNanos(long[] nanos) {
        return new Latencies(sortedCopy(nanos), 1_000_000);
    }

    static Latencies ofMillis(long[] millis) {
        return new Latencies(sortedCopy(millis), 1);
    }

    int count() {
        return sorted.length;
    }

    double percentileMillis(double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(sorted.length * percent / 100) - 1);
        return (double) sorted[Math.max(0, index)] / unitsPerMillisecond;
    }

    String describe() {
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", percentileMillis(50),
                percentileMillis(95), percentileMillis(99), percentileMillis(100));
    }

    private static long[] sortedCopy(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
