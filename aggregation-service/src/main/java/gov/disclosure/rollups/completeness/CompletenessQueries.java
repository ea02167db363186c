package gov.disclosure.rollups.completeness;

import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import gov.disclosure.review.ReviewDecision;
import gov.disclosure.review.ReviewStatus;
import gov.disclosure.roster.RosterEntry;
import gov.disclosure.rollups.domain.Scope;
import gov.disclosure.rollups.storage.AppliedReport;
import gov.disclosure.rollups.storage.RosterAgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Completeness of a region's reports on a year, worked out on each request from the roster and reports applied. */
@ApplicationScoped
public class CompletenessQueries {

    /** The figures and lines of one region and scope. */
    public record Result(Region region, List<Completeness.Entry> entries) {
    }

    private final Regions regions;
    private final CompletenessConfig config;
    private final Deadlines deadlines;

    public CompletenessQueries(Regions regions, CompletenessConfig config) {
        this.regions = regions;
        this.config = config;
        this.deadlines = Deadlines.of(config, regions);
    }

    public LocalDate today() {
        return Instant.now().atZone(config.timeZone()).toLocalDate();
    }

    @Transactional
    public Result of(Region region, int year, Scope scope, LocalDate asOf) {
        List<String> codes = codes(region, scope);
        Set<String> inScope = codes == null ? null : Set.copyOf(codes);
        return new Result(region, entries(year, asOf, codes, code -> inScope == null || inScope.contains(code)));
    }

    /** One result per direct sub-region, from one read of the region's whole territory. */
    @Transactional
    public List<Result> children(Region region, int year, Scope scope, LocalDate asOf) {
        List<Region> children = regions.children(region.code());
        if (children.isEmpty()) {
            return List.of();
        }
        List<Completeness.Entry> all = entries(year, asOf, codes(region, Scope.ALL),
                code -> true);
        Map<String, List<Completeness.Entry>> byChild = all.stream()
                .filter(entry -> child(entry.regionCode(), region, scope) != null)
                .collect(Collectors.groupingBy(entry -> child(entry.regionCode(), region, scope)));
        return children.stream().map(child -> new Result(child, byChild.getOrDefault(child.code(), List.of()))).toList();
    }

    private List<Completeness.Entry> entries(int year, LocalDate asOf, List<String> codes, Predicate<String> inScope) {
        List<RosterEntry> roster = RosterAgency.inRegions(codes);
        List<Completeness.Report> reports = new ArrayList<>();
        Set<String> reportingAgencies = new HashSet<>();
        for (AppliedReport.Published report : AppliedReport.publishedIn(year, codes)) {
            reports.add(new Completeness.Report(report.agencyId(), report.agencyName(), report.regionCode(),
                    report.publishedOn() != null ? report.publishedOn()
                            : report.eventTime().atZone(config.timeZone()).toLocalDate(),
                    review(report)));
            reportingAgencies.add(report.agencyId());
        }
        return Completeness.entries(year, asOf, roster, reports, inScope, RosterAgency.rostered(reportingAgencies),
                deadlines);
    }

    private static ReviewStatus review(AppliedReport.Published report) {
        return report.reviewedRevision() == null || report.reviewedRevision() != report.revision() ? ReviewStatus.PENDING
                : report.decision() == ReviewDecision.ACCEPTED ? ReviewStatus.ACCEPTED : ReviewStatus.RETURNED;
    }

    /** The region codes in scope; null for everything (the country's whole territory). */
    private List<String> codes(Region region, Scope scope) {
        if (scope == Scope.OWN) {
            return List.of(region.code());
        }
        return region.isCountry() ? null : regions.selfAndDescendants(region.code()).stream().map(Region::code).toList();
    }

    /** The direct sub-region of {@code parent} that a line of {@code regionCode} counts in; null for none. */
    private String child(String regionCode, Region parent, Scope scope) {
        if (scope == Scope.OWN) {
            return regions.find(regionCode).map(Region::parentCode).filter(parent.code()::equals).map(p -> regionCode)
                    .orElse(null);
        }
        for (Region region : regions.selfAndAncestors(regionCode)) {
            if (parent.code().equals(region.parentCode())) {
                return region.code();
            }
        }
        return null;
    }
}
