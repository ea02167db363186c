package gov.disclosure.reports.roster;

import gov.disclosure.roster.AgencyKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An agency of the roster as sent: in a PUT, or a line of a CSV import. */
@Schema(description = "An agency that must report, as put on the roster.")
public record AgencyInput(
        @Schema(examples = "汝州市人民政府办公室", required = true) String name,
        @Schema(description = "GB/T 2260 code of its region; 000000 for a central department", examples = "410482",
                required = true) String regionCode,
        @Schema(required = true) AgencyKind kind,
        @Schema(description = "The agency id of the government it reports to (on the roster)", examples = "410482-szf")
        String reportsTo,
        @Schema(description = "The first day it existed; absent: it always did", examples = "2019-01-01")
        LocalDate activeFrom,
        @Schema(description = "The last day it existed (merged, split, abolished); absent: it still does")
        LocalDate activeTo) {
}
