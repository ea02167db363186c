package gov.disclosure.reports.regions;

import gov.disclosure.region.Region;
import gov.disclosure.region.RegionLevel;

/** A region an agency's name could mean. */
public record RegionCandidate(String regionCode, String name, RegionLevel level, String parentCode) {

    public static RegionCandidate of(Region region) {
        return new RegionCandidate(region.code(), region.name(), region.level(), region.parentCode());
    }
}
