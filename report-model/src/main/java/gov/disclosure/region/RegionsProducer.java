package gov.disclosure.region;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The region table as a CDI bean of the services that use this module: loaded once. */
@Dependent
public class RegionsProducer {

    @Produces
    @Singleton
    Regions regions() {
        return Regions.standard();
    }
}
