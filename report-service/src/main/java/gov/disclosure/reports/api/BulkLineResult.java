package gov.disclosure.reports.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.disclosure.reports.submission.RevisionStore.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;
import java.util.UUID;

/** What became of one line of a bulk submission: one line of the answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "What became of one line of a bulk submission (one line of the NDJSON answer).")
public record BulkLineResult(
        @Schema(description = "The line's number in the body, from 1 (blank lines count, and get no answer)")
        int line,
        @Schema(description = "The status a single POST of this report gets: 201 stored as a new report, 200 stored "
                + "as the next revision or already stored with this content, 4xx refused (see problem)")
        int status,
        @Schema(description = "CREATED, REVISED or UNCHANGED; absent when refused") Outcome outcome,
        @Schema(description = "The report's id") UUID id,
        @Schema(examples = "410482-szfb") String agencyId,
        @Schema(examples = "2024") Integer year,
        @Schema(description = "The revision stored or found") Integer revision,
        @Schema(description = "The ETag a single POST answers with: the revision, quoted", examples = "\"1\"")
        String etag,
        @Schema(description = "How many arithmetic rules the report breaks") Integer violationCount,
        @Schema(description = "Why the line was refused: the problem detail (RFC 9457) a single POST of it gets; "
                + "pointers are within the report") Map<String, Object> problem) {
}
