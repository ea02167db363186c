package gov.disclosure.reports.roster;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why one field of an agency is not acceptable; in a CSV import, also on which line. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One field of an agency that is not acceptable (a CSV import also names the line).")
public record AgencyError(
        @Schema(description = "CSV import: the line, from 1 (the header)", examples = "3") Integer line,
        @Schema(description = "The field, as a JSON pointer", examples = "/kind") String pointer,
        @Schema(examples = "must be one of GOVERNMENT, DEPARTMENT, TOWNSHIP, OTHER") String detail) {
}
