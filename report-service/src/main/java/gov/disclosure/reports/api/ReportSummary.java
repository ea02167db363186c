package gov.disclosure.reports.api;

import gov.disclosure.report.ReportStatus;
import gov.disclosure.review.ReviewStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A report as of its latest revision, as listings show it. */
public record ReportSummary(UUID id, String agencyId, String agencyName, String regionCode, int year, int revision,
                            ReportStatus status, Instant updatedAt, int violationCount, int warningCount,
                            @Schema(description = "When it was published: as it states, else as first accepted")
                            LocalDate publishedOn,
                            @Schema(description = "Where its current revision stands with its reviewers")
                            ReviewStatus reviewStatus,
                            @Schema(description = "Whether its agency is on the roster") boolean rostered) {
}
