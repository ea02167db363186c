package gov.disclosure.reports.roster;

import gov.disclosure.region.Regions;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.validation.Rule;
import gov.disclosure.reports.validation.Violation;
import gov.disclosure.roster.RosterEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * A report checked against its agency's roster entry: another region or another name is a warning; a year in
 * which the agency did not exist refuses it. An agency not on the roster passes (it is listed as unrostered).
 */
public final class RosterCheck {

    private final AgencyNames names;
    private final Regions regions;

    public RosterCheck(AgencyNames names, Regions regions) {
        this.names = names;
        this.regions = regions;
    }

    /** @throws AgencyNotActiveException when the roster says the agency did not exist in the report's year */
    public static void requireExisted(AnnualReport report, RosterEntry entry) {
        if (entry != null && !entry.existedIn(report.year())) {
            throw new AgencyNotActiveException(entry, report.year());
        }
    }

    public List<Violation> warnings(AnnualReport report, RosterEntry entry) {
        List<Violation> warnings = new ArrayList<>();
        if (entry == null) {
            return warnings;
        }
        if (!entry.regionCode().equals(report.regionCode())) {
            warnings.add(new Violation(Rule.ROSTER_REGION, "/regionCode", null, null, null, null,
                    "the roster has %s in region %s (%s), not %s".formatted(entry.agencyId(), entry.regionCode(),
                            regionName(entry.regionCode()), report.regionCode())));
        }
        if (!names.same(report.agency().name(), report.regionCode(), entry.name(), entry.regionCode())) {
            warnings.add(new Violation(Rule.ROSTER_NAME, "/agency/name", null, null, null, null,
                    "the roster names %s %s".formatted(entry.agencyId(), entry.name())));
        }
        return warnings;
    }

    private String regionName(String code) {
        return regions.find(code).map(region -> region.name()).orElse(code);
    }
}
