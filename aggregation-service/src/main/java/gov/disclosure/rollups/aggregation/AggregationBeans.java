package gov.disclosure.rollups.aggregation;

import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.region.Regions;
import gov.disclosure.roster.RosterEntryCodec;
import gov.disclosure.rollups.domain.RollupChanges;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The plain domain classes, as beans. */
public class AggregationBeans {

    @Produces
    @Singleton
    RollupChanges rollupChanges(Regions regions) {
        return new RollupChanges(regions);
    }

    @Produces
    @Singleton
    ReportPublishedCodec codec(Regions regions) {
        return new ReportPublishedCodec(regions);
    }

    @Produces
    @Singleton
    RosterEntryCodec rosterCodec(Regions regions) {
        return new RosterEntryCodec(regions);
    }
}
