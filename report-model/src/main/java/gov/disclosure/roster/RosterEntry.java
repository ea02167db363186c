package gov.disclosure.roster;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The payload of an {@code agency-roster} event: one agency of the roster as it now stands. The topic is compacted
 * and keyed by agency id, so that it holds the latest entry of every agency. Described for other consumers by
 * {@code openapi/agency-roster.schema.json}.
 *
 * @param reportsTo  the agency id of the government it reports to, or null
 * @param activeFrom the first day it existed, or null (always did)
 * @param activeTo   the last day it existed (retired, merged or split), or null (still does)
 * @param version    1 for a new agency, one more with each change: a consumer applies only newer versions
 * @param time       when this version was stored
 */
public record RosterEntry(String agencyId, String name, String regionCode, AgencyKind kind, String reportsTo,
                          LocalDate activeFrom, LocalDate activeTo, int version, Instant time) {

    /** The compacted Kafka topic; keyed by agency id. */
    public static final String TOPIC = "agency-roster";

    /** The CloudEvents {@code type} of these events. */
    public static final String TYPE = "gov.disclosure.agency-roster";

    /** The CloudEvents {@code dataschema}. */
    public static final String DATA_SCHEMA = "urn:gov-disclosure:schema:agency-roster:1";

    /** Whether the agency existed at any time in {@code year}. */
    public boolean existedIn(int year) {
        return (activeFrom == null || !activeFrom.isAfter(LocalDate.of(year, 12, 31)))
                && (activeTo == null || !activeTo.isBefore(LocalDate.of(year, 1, 1)));
    }

    /** Whether it must report on {@code year}: it existed at the year's end (an agency gone by then has a successor). */
    public boolean mustReportOn(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return (activeFrom == null || !activeFrom.isAfter(end)) && (activeTo == null || !activeTo.isBefore(end));
    }
}
