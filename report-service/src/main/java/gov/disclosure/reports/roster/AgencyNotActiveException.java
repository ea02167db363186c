package gov.disclosure.reports.roster;

import gov.disclosure.roster.RosterEntry;

/** A report for a year in which, as the roster says, its agency did not exist. */
public class AgencyNotActiveException extends RuntimeException {

    private final RosterEntry entry;

    public AgencyNotActiveException(RosterEntry entry, int year) {
        super("the roster says agency %s (%s) did not exist in %d: it existed %s to %s".formatted(entry.agencyId(),
                entry.name(), year, entry.activeFrom() == null ? "always" : "from " + entry.activeFrom(),
                entry.activeTo() == null ? "now" : entry.activeTo()));
        this.entry = entry;
    }

    public RosterEntry entry() {
        return entry;
    }
}
