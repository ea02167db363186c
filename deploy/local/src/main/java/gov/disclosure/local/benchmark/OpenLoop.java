package gov.disclosure.local.benchmark;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Sends requests at a constant arrival rate, each at its intended time whatever the earlier ones are doing, and
 * counts each latency from that intended time: a slow answer delays no later request, so a stall shows in the
 * percentiles instead of hiding in a lower rate (no coordinated omission). At most {@link #IN_FLIGHT} requests are
 * outstanding (as a client with that many connections): past that, a request waits for one to be answered, and
 * its wait counts in its latency. Unbounded, a system that cannot keep up took thousands of connections, and the
 * benchmark ran out of file descriptors.
 */
final class OpenLoop {

    static final int IN_FLIGHT = 256;

    /**
     * @param latencyNanos      per request, from its intended send time to its answer
     * @param answeredAtMillis  per request, the wall-clock time its answer arrived
     */
    record Outcome(long[] latencyNanos, long[] answeredAtMillis, int failures, String firstFailure, double seconds) {

        Latencies latencies() {
            return Latencies.ofNanos(latencyNanos);
        }

        double perSecond() {
            return latencyNanos.length / seconds;
        }
    }

    private OpenLoop() {
    }

    /**
     * @param send sends request {@code i} and completes with null when it was answered as expected, else with what
     *             went wrong
     */
    static Outcome run(int rate, int seconds, IntFunction<CompletableFuture<String>> send) {
        int count = rate * seconds;
        long period = 1_000_000_000L / rate;
        long[] latencies = new long[count];
        long[] answeredAt = new long[count];
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        CompletableFuture<?>[] requests = new CompletableFuture<?>[count];
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long intended = start + i * period;
            sleepUntil(intended);
            inFlight.acquireUninterruptibly();
            int index = i;
            requests[i] = send.apply(i).handle((failure, error) -> {
                inFlight.release();
                latencies[index] = System.nanoTime() - intended;
                answeredAt[index] = System.currentTimeMillis();
                String wrong = error != null ? String.valueOf(error) : failure;
                if (wrong != null) {
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(null, wrong);
                }
                return null;
            });
        }
        CompletableFuture.allOf(requests).join();
        return new Outcome(latencies, answeredAt, failures.get(), firstFailure.get(), (System.nanoTime() - start) / 1e9);
    }

    private static void sleepUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
