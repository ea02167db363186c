package gov.disclosure.reports.regions;

import gov.disclosure.region.Region;

import java.util.List;

/** The agency name does not tell the region: several regions have that name, or none does. */
public class RegionUndeterminedException extends RuntimeException {

    private final String agencyName;
    private final List<Region> candidates;

    public RegionUndeterminedException(String agencyName, List<Region> candidates) {
        super(candidates.isEmpty()
                ? "no region of the region table matches the agency name %s; give regionCode".formatted(agencyName)
                : "the agency name %s matches %d regions; give regionCode (one of the candidates)"
                        .formatted(agencyName, candidates.size()));
        this.agencyName = agencyName;
        this.candidates = List.copyOf(candidates);
    }

    public String agencyName() {
        return agencyName;
    }

    public List<Region> candidates() {
        return candidates;
    }
}
