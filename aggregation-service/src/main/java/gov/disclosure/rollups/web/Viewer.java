package gov.disclosure.rollups.web;

import gov.disclosure.access.Caller;
import gov.disclosure.access.Role;
import gov.disclosure.region.Regions;

/**
 * Who is looking at a page: a signed-in caller (the same roles as the API) or, with {@link WebConfig#publicFigures()},
 * an anonymous visitor of the public figures.
 */
public record Viewer(Caller caller) {

    public boolean signedIn() {
        return caller.subject() != null;
    }

    /** Viewer, reviewer or admin: the roles the rollup API answers (within the reach RollupAccess checks). */
    public boolean readsRollups() {
        return caller.is(Role.VIEWER) || caller.is(Role.REVIEWER) || caller.isAdmin();
    }

    /** Completeness and the reports in a rollup: the API answers them to the same roles, never to anonymous visitors. */
    public boolean readsDesk() {
        return signedIn() && readsRollups();
    }

    /** A report's revisions and source in the report API: reviewers (within their reach) and admins read them. */
    public boolean readsReports() {
        return caller.is(Role.REVIEWER) || caller.isAdmin();
    }

    /** Where {@code /} leads: a reviewer's own region; the country for everyone else. */
    String homeRegion() {
        boolean readsEverything = caller.isAdmin() || caller.is(Role.VIEWER);
        return !readsEverything && caller.regionCode() != null ? caller.regionCode() : Regions.COUNTRY_CODE;
    }

    public String name() {
        return caller.subject();
    }

    public String roles() {
        return String.join(", ", caller.roles().stream().sorted().toList())
                + (caller.regionCode() == null ? "" : " " + caller.regionCode());
    }
}
