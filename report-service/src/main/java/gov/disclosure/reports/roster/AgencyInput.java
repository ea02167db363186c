package gov.disclosure.reports.roster;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An agency of the roster as sent: the body of a PUT, or a line of a CSV import. Read as text, so that every field
 * that is wrong is named in one answer (an unknown kind or a date that is none included).
 */
@Schema(description = "An agency that must report, as put on the roster.")
public record AgencyInput(
        @Schema(examples = "汝州市人民政府办公室", required = true) String name,
        @Schema(description = "GB/T 2260 code of its region; 000000 for a central department", examples = "410482",
                required = true) String regionCode,
        @Schema(required = true, enumeration = {"GOVERNMENT", "DEPARTMENT", "TOWNSHIP", "OTHER"},
                description = "GOVERNMENT: a people's government; DEPARTMENT: a department of one; TOWNSHIP: 乡镇/街道")
        String kind,
        @Schema(description = "The agency id of the government it reports to (on the roster)", examples = "410482-szf")
        String reportsTo,
        @Schema(type = SchemaType.STRING, format = "date",
                description = "The first day it existed; absent: it always did", examples = "2019-01-01")
        String activeFrom,
        @Schema(type = SchemaType.STRING, format = "date",
                description = "The last day it existed (merged, split, abolished); absent: it still does")
        String activeTo) {
}
