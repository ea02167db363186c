package gov.disclosure.rollups.api;

import gov.disclosure.rollups.storage.AppliedReport;

import java.time.Instant;
import java.util.UUID;

/** One agency's report in a rollup: the revision whose numbers it holds. */
public record RollupReport(String agencyId, String agencyName, String regionCode, UUID reportId, int revision,
                           int violationCount, Instant revisedAt, Instant appliedAt) {

    static RollupReport of(AppliedReport.Listed report) {
        return new RollupReport(report.agencyId(), report.agencyName(), report.regionCode(), report.reportId(),
                report.revision(), report.violationCount(), report.eventTime(), report.appliedAt());
    }
}
