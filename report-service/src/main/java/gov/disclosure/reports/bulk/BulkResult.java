package gov.disclosure.reports.bulk;

import gov.disclosure.reports.submission.RevisionStore.Stored;

/**
 * What became of one line of a bulk submission: stored (or found unchanged), or refused with the exception a single
 * submission of it gets.
 */
public record BulkResult(BulkLine line, Stored stored, RuntimeException refusal) {

    static BulkResult stored(BulkLine line, Stored stored) {
        return new BulkResult(line, stored, null);
    }

    static BulkResult refused(BulkLine line, RuntimeException refusal) {
        return new BulkResult(line, null, refusal);
    }
}
