package gov.disclosure.reports.security;

import gov.disclosure.access.Caller;
import gov.disclosure.access.Role;
import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.storage.Report;
import gov.disclosure.reports.storage.ReportFilter;
import gov.disclosure.reports.storage.ReportNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which reports a caller reaches. A submitter: its own agencies' reports, with a region it is allowed (its region
 * or one below), both as sent and as stored: a write needs reach over the report it changes as well as over what it
 * makes of it. A reviewer: every report of its region and the regions below, to read. An admin: all. A viewer:
 * none (rollups only: the roles on the resources keep viewers out).
 * <p>
 * A submitter asking about another agency is refused before anything is looked up. Where the answer depends on
 * the report itself (a reviewer's region, a lookup by id), a report that does not exist is refused like one out
 * of reach, so that no answer tells whether a report the caller may not see exists.
 */
@ApplicationScoped
public class ReportAccess {

    private final Regions regions;

    public ReportAccess(Regions regions) {
        this.regions = regions;
    }

    /** Storing, revising or withdrawing a report of this agency, in this region (null: the region it has). */
    public void requireWrite(Caller caller, String agencyId, String regionCode) {
        if (caller.isAdmin()) {
            return;
        }
        if (!caller.is(Role.SUBMITTER) || !caller.actsFor(agencyId)) {
            throw new OutsideScopeException("your token does not act for agency " + agencyId);
        }
        if (regionCode != null && !caller.covers(regionCode, regions)) {
            throw new OutsideScopeException("your token does not allow region " + regionCode);
        }
    }

    public void requireWrite(Caller caller, AnnualReport report) {
        requireWrite(caller, report.agency().id(), report.regionCode());
    }

    /** Checking a report without storing it: a submitter for its own agencies, a reviewer within its region. */
    public void requireCheck(Caller caller, AnnualReport report) {
        if (!(caller.is(Role.REVIEWER) && caller.covers(report.regionCode(), regions))) {
            requireWrite(caller, report);
        }
    }

    /** Before looking up an agency's report: a caller who reads only by agency asks only about its own. */
    public void requireAgency(Caller caller, String agencyId) {
        if (!caller.isAdmin() && !caller.is(Role.REVIEWER) && !caller.actsFor(agencyId)) {
            throw new OutsideScopeException("your token does not act for agency " + agencyId);
        }
    }

    /**
     * The report looked up, if the caller reaches it.
     *
     * @param report      what was found, or null
     * @param askedAgency the agency the request named, or null when it asked by report id
     */
    public Report requireRead(Caller caller, Report report, String askedAgency, String what) {
        if (report != null && reaches(caller, report)) {
            return report;
        }
        boolean wouldReach = caller.isAdmin() || askedAgency != null && caller.actsFor(askedAgency);
        if (report == null && wouldReach) {
            throw new ReportNotFoundException("no " + what);
        }
        throw new OutsideScopeException("no " + what + " within your token's reach");
    }

    /** The listing filter narrowed to what the caller reaches; a filter asking beyond it is refused. */
    public ReportFilter narrow(Caller caller, ReportFilter requested) {
        if (caller.isAdmin()) {
            return requested;
        }
        if (caller.is(Role.REVIEWER)) {
            return withinRegion(caller, requested);
        }
        if (requested.agencyId() != null && !caller.actsFor(requested.agencyId())) {
            throw new OutsideScopeException("your token does not act for agency " + requested.agencyId());
        }
        return withinRegion(caller, requested).withAgencyIds(caller.agencyIds());
    }

    /** A reviewer's listing, and a submitter's: reports of the caller's region and those below it only. */
    private ReportFilter withinRegion(Caller caller, ReportFilter requested) {
        Set<String> reach = selfAndBelow(caller.regionCode());
        if (requested.regionCodes() != null && !reach.containsAll(requested.regionCodes())) {
            throw new OutsideScopeException("your token does not reach every region asked for");
        }
        return requested.withRegionCodes(requested.regionCodes() != null ? requested.regionCodes() : reach);
    }

    /** A submitter reaches its own agencies' reports as stored within its region; a reviewer its region's. */
    private boolean reaches(Caller caller, Report report) {
        return caller.isAdmin()
                || caller.is(Role.REVIEWER) && caller.covers(report.regionCode, regions)
                || caller.is(Role.SUBMITTER) && caller.actsFor(report.agencyId) && caller.covers(report.regionCode, regions);
    }

    private Set<String> selfAndBelow(String regionCode) {
        return regionCode == null ? Set.of()
                : regions.selfAndDescendants(regionCode).stream().map(Region::code).collect(Collectors.toSet());
    }
}
