package gov.disclosure.reports.roster;

import gov.disclosure.roster.AgencyKind;
import java.time.LocalDate;

/** An agency as it is to be on the roster, read from what was sent (a PUT, a CSV line, a retirement). */
record AgencyChange(String name, String regionCode, AgencyKind kind, String reportsTo, LocalDate activeFrom,
                    LocalDate activeTo) {
}
