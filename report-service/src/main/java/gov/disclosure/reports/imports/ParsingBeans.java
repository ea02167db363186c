package gov.disclosure.reports.imports;

import gov.disclosure.region.Regions;
import gov.disclosure.reports.parsing.PublishedTextParser;
import gov.disclosure.reports.parsing.RegionResolver;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The parser's plain classes, as beans. */
public class ParsingBeans {

    @Produces
    @Singleton
    PublishedTextParser parser() {
        return new PublishedTextParser();
    }

    @Produces
    @Singleton
    RegionResolver regionResolver(Regions regions) {
        return new RegionResolver(regions);
    }
}
