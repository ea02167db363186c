package gov.disclosure.reports.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.disclosure.reports.parsing.TemplateFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;
import java.util.UUID;

/** What became of one text of a batch. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "What became of one text of a batch.")
public record BatchItem(
        @Schema(description = "The file's name, as uploaded", examples = "ruzhou-szfb-2024.txt") String file,
        @Schema(description = "STORED: a new report; UNCHANGED: already stored with this content; CHECKED: read and "
                + "checked (dry run); REFUSED: see problem") Outcome outcome,
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

    public enum Outcome { STORED, UNCHANGED, CHECKED, REFUSED }
}
