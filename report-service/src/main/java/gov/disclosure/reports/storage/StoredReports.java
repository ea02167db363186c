package gov.disclosure.reports.storage;

import gov.disclosure.report.AnnualReport;

import java.util.Map;
import java.util.Optional;

/**
 * What a submission reads of what is stored: the agency on the roster, the report it changes with its latest
 * revision, the years either side for the year-on-year rules, and the first answer to its idempotency key.
 * {@link ReportQueries} reads each from the database as asked; {@link PrefetchedReports} reads those of many
 * submissions at once, or all of one submission's in one statement.
 */
public interface StoredReports {

    Optional<RosterAgency> rosterEntry(String agencyId);

    /** The agency's report of that year with its latest revision; empty when none is stored. */
    Optional<ReportQueries.Latest> latest(String agencyId, int year);

    /** The agency's reports of the years before and after {@code year}, unless withdrawn, keyed by year. */
    Map<Integer, AnnualReport> publishedAround(String agencyId, int year);

    /**
     * The record of the first request made with this idempotency key (its stored value, see
     * {@code ReportIntake.keyValue}); empty when there was none.
     */
    default Optional<IdempotencyRecord> idempotencyRecord(String key) {
        return Optional.ofNullable(IdempotencyRecord.findById(key));
    }

    /** Told of a revision just stored (with its report as it now stands), so that later reads see it. */
    default void stored(Report report, ReportRevision revision, AnnualReport content) {
    }
}
