package gov.disclosure.reports.texts;

import gov.disclosure.region.Regions;
import gov.disclosure.reports.parsing.PublishedTextParser;
import gov.disclosure.reports.regions.RegionResolver;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The parser's plain classes, as beans. */
public class ParsingBeans {

    @Produces
    @Singleton
    PublishedTextParser parser(@ConfigProperty(name = "reports.text.reading-budget", defaultValue = "2s") Duration budget) {
        return new PublishedTextParser(budget);
    }

    @Produces
    @Singleton
    RegionResolver regionResolver(Regions regions) {
        return new RegionResolver(regions);
    }
}
