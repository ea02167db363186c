package gov.disclosure.local.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Sends requests as fast as a fixed number of clients can, each waiting for its answer: the capacity. */
final class ClosedLoop {

    record Outcome(Latencies latencies, double seconds) {

        double perSecond() {
            return latencies.count() / seconds;
        }
    }

    private ClosedLoop() {
    }

    /**
     * @param send sends request {@code i} and answers null when it was answered as expected, else what went wrong
     * @throws IllegalStateException on the first request answered otherwise: a capacity of failures means nothing
     */
    static Outcome run(int count, int clients, IntFunction<String> send) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<Long>> requests = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                requests.add(pool.submit(() -> {
                    long sent = System.nanoTime();
                    String failure = send.apply(index);
                    if (failure != null) {
                        throw new IllegalStateException(failure);
                    }
                    return System.nanoTime() - sent;
                }));
            }
            long[] latencies = new long[count];
            for (int i = 0; i < count; i++) {
                latencies[i] = requests.get(i).get();
            }
            return new Outcome(Latencies.ofNanos(latencies), (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
