package gov.disclosure.reports.batch;

import java.util.List;

/** What became of every text of a batch, in the order sent. */
public record BatchResult(int stored, int unchanged, int checked, int refused, List<BatchItem> results) {

    static BatchResult of(List<BatchItem> results) {
        return new BatchResult(count(results, BatchItem.Outcome.STORED), count(results, BatchItem.Outcome.UNCHANGED),
                count(results, BatchItem.Outcome.CHECKED), count(results, BatchItem.Outcome.REFUSED), results);
    }

    private static int count(List<BatchItem> results, BatchItem.Outcome outcome) {
        return (int) results.stream().filter(item -> item.outcome() == outcome).count();
    }
}
