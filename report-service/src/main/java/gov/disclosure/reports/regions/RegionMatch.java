package gov.disclosure.reports.regions;

import gov.disclosure.region.Region;

import java.util.List;

/** The region an agency's name names: one, several, or none. */
public sealed interface RegionMatch {

    /** Exactly one region. */
    record Found(Region region) implements RegionMatch {
    }

    /** The name fits several regions (鼓楼区 is in four cities) and nothing in it tells which. */
    record Ambiguous(List<Region> candidates) implements RegionMatch {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /** The name starts with no region's name. */
    record Unknown() implements RegionMatch {
    }
}
