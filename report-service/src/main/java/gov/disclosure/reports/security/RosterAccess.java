package gov.disclosure.reports.security;

import gov.disclosure.access.Caller;
import gov.disclosure.access.Role;
import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import gov.disclosure.reports.storage.RosterAgency;
import gov.disclosure.reports.storage.ReportNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

/**
 * Who reaches which agencies of the roster. Changing it: an admin, or a reviewer for agencies of its region and the
 * regions below (both where the agency is and where it is to be). Reading it: admins and viewers all of it, a
 * reviewer its region's, a submitter its own agencies. An agency out of reach is refused whether it exists or not.
 */
@ApplicationScoped
public class RosterAccess {

    private final Regions regions;

    public RosterAccess(Regions regions) {
        this.regions = regions;
    }

    /** @param stored the agency as it is on the roster, or null when it is new */
    public void requireWrite(Caller caller, String agencyId, String regionCode, RosterAgency stored) {
        if (caller.isAdmin()) {
            return;
        }
        if (!caller.is(Role.REVIEWER)) {
            throw new OutsideScopeException("only admins and reviewers change the roster");
        }
        if (stored != null && !caller.covers(stored.regionCode, regions)) {
            throw new OutsideScopeException("agency " + agencyId + " is not within your token's region");
        }
        if (regionCode != null && !caller.covers(regionCode, regions)) {
            throw new OutsideScopeException("your token does not allow region " + regionCode);
        }
    }

    /** The agency looked up, if the caller reaches it; else 403, or 404 for one it would reach. */
    public RosterAgency requireRead(Caller caller, RosterAgency agency, String agencyId) {
        if (agency != null && reaches(caller, agency)) {
            return agency;
        }
        boolean wouldReach = caller.isAdmin() || caller.is(Role.VIEWER) || caller.actsFor(agencyId);
        if (agency == null && wouldReach) {
            throw new ReportNotFoundException("no agency " + agencyId + " on the roster");
        }
        throw new OutsideScopeException("no agency " + agencyId + " on the roster within your token's reach");
    }

    /** The regions a search may cover: those asked (refused beyond a reviewer's reach), or its whole reach. */
    public Collection<String> regions(Caller caller, Collection<String> asked) {
        if (caller.isAdmin() || caller.is(Role.VIEWER) || !caller.is(Role.REVIEWER)) {
            return asked;
        }
        List<String> reach = caller.regionCode() == null ? List.of()
                : regions.selfAndDescendants(caller.regionCode()).stream().map(Region::code).toList();
        if (asked != null && !reach.containsAll(asked)) {
            throw new OutsideScopeException("your token does not reach every region asked for");
        }
        return asked != null ? asked : reach;
    }

    /** The agencies a search may show: a submitter's own; anyone else's by region. Null: no limit by agency. */
    public Collection<String> agencies(Caller caller) {
        boolean byRegion = caller.isAdmin() || caller.is(Role.VIEWER) || caller.is(Role.REVIEWER);
        return byRegion ? null : caller.agencyIds();
    }

    private boolean reaches(Caller caller, RosterAgency agency) {
        return caller.isAdmin() || caller.is(Role.VIEWER)
                || caller.is(Role.REVIEWER) && caller.covers(agency.regionCode, regions)
                || caller.actsFor(agency.agencyId);
    }
}
