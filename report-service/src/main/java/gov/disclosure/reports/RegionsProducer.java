package gov.disclosure.reports;

import gov.disclosure.region.Regions;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The region table, loaded once. */
public class RegionsProducer {

    @Produces
    @Singleton
    Regions regions() {
        return Regions.standard();
    }
}
