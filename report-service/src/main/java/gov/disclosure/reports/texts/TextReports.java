package gov.disclosure.reports.texts;

import gov.disclosure.reports.regions.RegionUndeterminedException;
import gov.disclosure.access.Caller;
import gov.disclosure.json.JsonBounds;
import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import gov.disclosure.report.Agency;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.parsing.ParsedText;
import gov.disclosure.reports.parsing.PublishedTextParser;
import gov.disclosure.reports.problem.InvalidParametersException;
import gov.disclosure.reports.regions.RegionMatch;
import gov.disclosure.reports.regions.RegionResolver;
import gov.disclosure.reports.security.OutsideScopeException;
import gov.disclosure.reports.roster.AgencyNames;
import gov.disclosure.reports.roster.Roster;
import gov.disclosure.reports.storage.ReportQueries;
import gov.disclosure.reports.storage.RosterAgency;
import gov.disclosure.reports.submission.ReportSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a report's published text into the canonical report: parsed, its region found from the agency name
 * (unless given), and its agency id taken from the caller's token or derived (unless given).
 */
@ApplicationScoped
public class TextReports {

    /** A report read from text, how it was read, and the text as it is kept (without what cannot be stored). */
    public record Read(AnnualReport report, ReportSource source, String text) {
    }

    /** What the caller says of the text's agency; each {@code null} when it says nothing. */
    public record Given(String agencyId, String agencyName, String regionCode) {
        public static final Given NOTHING = new Given(null, null, null);
    }

    private final PublishedTextParser parser;
    private final RegionResolver resolver;
    private final Regions regions;
    private final ReportQueries queries;
    private final AgencyNames names;

    public TextReports(PublishedTextParser parser, RegionResolver resolver, Regions regions, ReportQueries queries,
                       Roster roster) {
        this.queries = queries;
        this.names = roster.names();
        this.parser = parser;
        this.resolver = resolver;
        this.regions = regions;
    }

    /**
     * @param given what the caller says: the agency's id (else a submitter's one agency, else derived from region and
     *              name), its name (else the one the text names), its region (else found from the name; among the
     *              candidates a name leaves open, the one within the caller's region, if only one is)
     * @throws gov.disclosure.reports.parsing.UnreadableReportException naming what the text lacks
     * @throws RegionUndeterminedException when the name does not tell the region and none was given
     */
    public Read read(String text, Given given, Caller caller) {
        requireParameters(given);
        String storable = text.replace("\u0000", "");
        ParsedText parsed = parser.parse(storable, given.agencyName());
        List<String> notes = new ArrayList<>(parsed.notes());
        if (storable.length() < text.length()) {
            notes.add("%d NUL character(s) (U+0000) removed from the text: they cannot be stored"
                    .formatted(text.length() - storable.length()));
        }
        Named named = given.regionCode() != null ? new Named(parsed.agencyName(), given.regionCode())
                : named(parsed, caller);
        if (!named.name().equals(parsed.agencyName())) {
            notes.add("标题: the title names " + parsed.agencyName() + "; the text names it in full as " + named.name()
                    + ", whose region is " + named.region());
        }
        String agency = given.agencyId() != null ? given.agencyId() : agencyOf(caller, named.region(), named.name());
        return new Read(parsed.toReport(agency, named.name(), named.region()),
                new ReportSource(parsed.format(), List.copyOf(notes)), storable);
    }

    /** The agency's name and its region. */
    private record Named(String name, String region) {
    }

    /**
     * The region of the name the text gives the agency; where that name does not tell it (行政服务中心), the region of
     * the most specific fuller name the text gives it elsewhere that does.
     */
    private Named named(ParsedText parsed, Caller caller) {
        RegionUndeterminedException undetermined;
        try {
            return new Named(parsed.agencyName(), region(parsed.agencyName(), caller));
        } catch (RegionUndeterminedException e) {
            undetermined = e;
        }
        for (String fuller : parsed.agencyMentions()) {
            try {
                return new Named(fuller, region(fuller, caller));
            } catch (RegionUndeterminedException notThisOne) {
                // a mention that does not settle the region either: the next, less specific one may
            }
        }
        throw undetermined;
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

    /**
     * A submitter acting for one agency submits for it, if the text is that agency's report; anyone else's text gets
     * an id derived from it.
     */
    private String agencyOf(Caller caller, String region, String agencyName) {
        String derived = AgencyIds.derive(region, agencyName);
        if (caller.isAdmin() || caller.agencyIds().size() != 1 || caller.actsFor(derived)) {
            return derived;
        }
        String own = caller.agencyIds().iterator().next();
        requireOwnAgency(own, derived, agencyName, region);
        return own;
    }

    /**
     * The text names the agency the caller acts for: the roster, or else the agency's latest stored report, knows that
     * agency by the name the text gives (with or without its place), and the agency the text names has no reports of
     * its own (under the id derived from its name). An agency neither knows cannot be told to be the text's: the
     * caller says so with agencyId.
     */
    private void requireOwnAgency(String own, String named, String agencyName, String region) {
        Optional<Known> known = RosterAgency.find(own).map(agency -> new Known(agency.name, agency.regionCode))
                .or(() -> queries.agencyName(own).map(name -> new Known(name, region)));
        if (known.isEmpty()) {
            throw new OutsideScopeException(("the text is the report of %s, and your token acts for agency %s, which "
                    + "neither the roster nor a stored report names: send the text with agencyId=%s to say it is that "
                    + "agency's report").formatted(agencyName, own, own));
        }
        if (!names.same(known.get().name(), known.get().region(), agencyName, region)) {
            throw new OutsideScopeException(("the text is the report of %s, but your token acts for agency %s (%s); "
                    + "send it with agencyId to say whose report it is").formatted(agencyName, own, known.get().name()));
        }
        if (queries.agencyName(named).isPresent()) {
            throw new OutsideScopeException("the text is the report of %s (agency %s), but your token acts for agency %s"
                    .formatted(agencyName, named, own));
        }
    }

    /** An agency's name as the service knows it, and its region. */
    private record Known(String name, String region) {
    }

    private void requireParameters(Given given) {
        if (given.regionCode() != null && !regions.contains(given.regionCode())) {
            throw InvalidParametersException.of("regionCode", "must be a region code of the region table, or 000000");
        }
        if (given.agencyId() != null && !Agency.isId(given.agencyId())) {
            throw InvalidParametersException.of("agencyId",
                    "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        String name = given.agencyName();
        if (name != null && (name.isBlank() || name.length() > Agency.MAX_NAME_LENGTH)) {
            throw InvalidParametersException.of("agencyName",
                    "must be the agency's name, 1 to %d characters".formatted(Agency.MAX_NAME_LENGTH));
        }
        if (name != null) {
            JsonBounds.textProblem(name).ifPresent(problem -> {
                throw InvalidParametersException.of("agencyName", problem);
            });
        }
    }
}
