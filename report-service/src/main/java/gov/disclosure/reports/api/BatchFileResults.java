package gov.disclosure.reports.api;

import gov.disclosure.reports.batch.BatchResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What became of every text of a batch, in the order sent. */
@Schema(name = "BatchResult")
public record BatchFileResults(int stored, int unchanged, int checked, int refused, List<BatchFileResult> results) {

    static BatchFileResults of(BatchResult batch) {
        return new BatchFileResults(batch.stored(), batch.unchanged(), batch.checked(), batch.refused(),
                batch.results().stream().map(BatchFileResult::of).toList());
    }
}
