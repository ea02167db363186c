package gov.disclosure.reports.security;

import gov.disclosure.access.Caller;
import gov.disclosure.access.Role;
import gov.disclosure.region.Regions;
import gov.disclosure.reports.storage.Report;
import gov.disclosure.reports.storage.ReportNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who decides on a revision: an admin, or a reviewer of the report's region or a region above it, both where the
 * report now is and where the revision judged put it. Anyone else is refused the same way whether the report exists
 * or not.
 */
@ApplicationScoped
public class ReviewAccess {

    private final Regions regions;

    public ReviewAccess(Regions regions) {
        this.regions = regions;
    }

    /** The report, if the caller may decide on it; only an admin learns that it does not exist. */
    public Report requireReviewer(Caller caller, Report report, String what) {
        if (caller.isAdmin()) {
            if (report == null) {
                throw new ReportNotFoundException("no " + what);
            }
            return report;
        }
        if (!caller.is(Role.REVIEWER) || report == null || !caller.covers(report.regionCode, regions)) {
            throw new OutsideScopeException("no " + what + " within your token's region");
        }
        return report;
    }

    /** The region the judged revision's report names must be within the reviewer's too. */
    public void requireRevisionRegion(Caller caller, String regionCode, String what) {
        if (!caller.isAdmin() && !caller.covers(regionCode, regions)) {
            throw new OutsideScopeException("no " + what + " within your token's region");
        }
    }
}
