package gov.disclosure.reports.imports;

import gov.disclosure.access.Caller;
import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import gov.disclosure.report.Agency;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.parsing.ParsedText;
import gov.disclosure.reports.parsing.PublishedTextParser;
import gov.disclosure.reports.parsing.RegionMatch;
import gov.disclosure.reports.parsing.RegionResolver;
import gov.disclosure.reports.problem.InvalidParametersException;
import gov.disclosure.reports.submission.ReportSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Turns a report's published text into the canonical report: parsed, its region found from the agency name
 * (unless given), and its agency id taken from the caller's token or derived (unless given).
 */
@ApplicationScoped
public class TextReports {

    /** A report read from text, and how it was read. */
    public record Read(AnnualReport report, ReportSource source) {
    }

    private final PublishedTextParser parser;
    private final RegionResolver resolver;
    private final Regions regions;

    public TextReports(PublishedTextParser parser, RegionResolver resolver, Regions regions) {
        this.parser = parser;
        this.resolver = resolver;
        this.regions = regions;
    }

    /**
     * @param agencyId   the agency's id, or null: then a submitter's one agency, else derived from region and name
     * @param regionCode the agency's region, or null to find it from the agency name (among the candidates a name
     *                   leaves open, the one within the caller's region, if only one is)
     * @throws gov.disclosure.reports.parsing.UnreadableReportException naming what the text lacks
     * @throws RegionUndeterminedException when the name does not tell the region and none was given
     */
    public Read read(String text, String agencyId, String regionCode, Caller caller) {
        requireParameters(agencyId, regionCode);
        ParsedText parsed = parser.parse(text);
        String region = regionCode != null ? regionCode : region(parsed.agencyName(), caller);
        String agency = agencyId != null ? agencyId : agencyOf(caller, region, parsed.agencyName());
        return new Read(parsed.toReport(agency, region), new ReportSource(parsed.format(), parsed.notes()));
    }

    private String region(String agencyName, Caller caller) {
        RegionMatch match = resolver.resolve(agencyName);
        if (match instanceof RegionMatch.Found found) {
            return found.region().code();
        }
        List<Region> candidates = match instanceof RegionMatch.Ambiguous ambiguous ? ambiguous.candidates() : List.of();
        List<Region> callers = candidates.stream().filter(region -> caller.covers(region.code(), regions)).toList();
        if (callers.size() == 1) {
            return callers.get(0).code();
        }
        throw new RegionUndeterminedException(agencyName, candidates);
    }

    /** A submitter acting for one agency submits for it; anyone else's text gets an id derived from it. */
    private static String agencyOf(Caller caller, String region, String agencyName) {
        if (!caller.isAdmin() && caller.agencyIds().size() == 1) {
            return caller.agencyIds().iterator().next();
        }
        return AgencyIds.derive(region, agencyName);
    }

    private void requireParameters(String agencyId, String regionCode) {
        if (regionCode != null && !regions.contains(regionCode)) {
            throw InvalidParametersException.of("regionCode", "must be a region code of the region table, or 000000");
        }
        if (agencyId != null && !agencyId.matches(Agency.ID_PATTERN)) {
            throw InvalidParametersException.of("agencyId",
                    "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }
}
