package gov.disclosure.reports.roster;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.disclosure.reports.storage.RosterAgency;
import gov.disclosure.roster.AgencyKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** An agency on the roster, as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An agency on the roster: who must report, where, and in which years it existed.")
public record RosteredAgency(
        @Schema(examples = "410482-szfb") String agencyId,
        @Schema(examples = "汝州市人民政府办公室") String name,
        @Schema(examples = "410482") String regionCode,
        AgencyKind kind,
        String reportsTo,
        LocalDate activeFrom,
        LocalDate activeTo,
        @Schema(description = "1 when put on the roster, one more with each change") int version,
        Instant updatedAt,
        @Schema(description = "The token subject that made the latest change") String updatedBy) {

    public static RosteredAgency of(RosterAgency agency) {
        return new RosteredAgency(agency.agencyId, agency.name, agency.regionCode, agency.kind, agency.reportsTo,
                agency.activeFrom, agency.activeTo, agency.version, agency.updatedAt, agency.updatedBy);
    }
}
