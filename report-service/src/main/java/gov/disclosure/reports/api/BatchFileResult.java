package gov.disclosure.reports.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.disclosure.reports.batch.BatchItem;
import gov.disclosure.reports.parsing.TemplateFormat;
import gov.disclosure.reports.submission.RevisionStore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;
import java.util.UUID;

/** What became of one text of a batch, with the status a single submission of it gets. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BatchItem", description = "What became of one text of a batch.")
public record BatchFileResult(
        @Schema(description = "The file's name, as uploaded", examples = "ruzhou-szfb-2024.txt") String file,
        @Schema(description = "STORED: a new report; UNCHANGED: already stored with this content; CHECKED: read and "
                + "checked (dry run); REFUSED: see problem") BatchItem.Outcome outcome,
        @Schema(description = "The HTTP status a single submission of this text gets") int status,
        UUID reportId,
        String agencyId,
        String agencyName,
        String regionCode,
        Integer year,
        Integer revision,
        TemplateFormat format,
        @Schema(description = "How many arithmetic rules the report breaks") Integer violationCount,
        @Schema(description = "Why it was refused: the problem detail a single submission gets (RFC 9457)")
        Map<String, Object> problem) {

    static BatchFileResult of(BatchItem item) {
        return new BatchFileResult(item.file(), item.outcome(), status(item), item.reportId(), item.agencyId(),
                item.agencyName(), item.regionCode(), item.year(), item.revision(), item.format(),
                item.violationCount(), item.problem());
    }

    /** A new report is 201, a report found unchanged or checked 200, as single submissions; a refusal its problem's. */
    private static int status(BatchItem item) {
        return switch (item.outcome()) {
            case STORED -> ReportResponses.status(RevisionStore.Outcome.CREATED);
            case UNCHANGED -> ReportResponses.status(RevisionStore.Outcome.UNCHANGED);
            case CHECKED -> jakarta.ws.rs.core.Response.Status.OK.getStatusCode();
            case REFUSED -> item.problemStatus();
        };
    }
}
