package gov.disclosure.rollups.api;

import gov.disclosure.access.Caller;
import gov.disclosure.access.Role;
import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which rollups a caller reads: a dashboard (viewer) and an admin every region's; a reviewer its own region's and
 * those below it. The roles on the resources keep everyone else out.
 */
@ApplicationScoped
public class RollupAccess {

    private final Regions regions;

    public RollupAccess(Regions regions) {
        this.regions = regions;
    }

    /** The region, if it exists and the caller reads its rollups and completeness. */
    public Region region(String code, Caller caller) {
        Region region = regions.find(code).orElseThrow(() -> RollupProblems.unknownRegion(code));
        requireRead(caller, region);
        return region;
    }

    public void requireRead(Caller caller, Region region) {
        if (caller.isAdmin() || caller.is(Role.VIEWER)) {
            return;
        }
        if (!caller.covers(region.code(), regions)) {
            throw RollupProblems.outsideReach("your token does not reach region " + region.code());
        }
    }
}
