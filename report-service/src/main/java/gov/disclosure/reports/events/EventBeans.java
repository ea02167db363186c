package gov.disclosure.reports.events;

import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.region.Regions;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The event codec, as a bean: the reader the aggregation service uses checks every payload before it is recorded. */
public class EventBeans {

    @Produces
    @Singleton
    ReportPublishedCodec codec(Regions regions) {
        return new ReportPublishedCodec(regions);
    }
}
