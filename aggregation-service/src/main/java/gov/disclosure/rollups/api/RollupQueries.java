package gov.disclosure.rollups.api;

import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import gov.disclosure.report.Indicator;
import gov.disclosure.report.Indicators;
import gov.disclosure.rollups.domain.StoredScope;
import gov.disclosure.rollups.domain.Variant;
import gov.disclosure.rollups.domain.Scope;
import gov.disclosure.rollups.storage.AppliedReport;
import gov.disclosure.rollups.storage.Rollup;
import gov.disclosure.rollups.storage.RollupReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Reads rollups for the API; a rollup no report was ever in is all zeros. */
@ApplicationScoped
public class RollupQueries {

    private final Regions regions;
    private final RollupReader reader;

    public RollupQueries(Regions regions, RollupReader reader) {
        this.regions = regions;
        this.reader = reader;
    }

    public RollupView rollup(Region region, int year, Variant which) {
        return current(region, year, which).view();
    }

    /** The region's rollup as it stands, for an answer that a caller holding its entity tag need not be sent. */
    public CurrentRollup current(Region region, int year, Variant which) {
        return new CurrentRollup(region, year, which, reader.one(region.code(), year,
                StoredScope.of(regions, region.code(), which)));
    }

    public List<RollupView> children(Region region, int year, Variant which) {
        return views(regions.children(region.code()), year, which);
    }

    /**
     * The direct sub-regions' rollups ranked by an indicator (each with its value), ties and unknown values in
     * region code order, unknown values last.
     */
    public List<RollupView> ranked(Region region, int year, Variant which, Indicator indicator, boolean descending) {
        List<Region> children = regions.children(region.code());
        Map<String, Rollup> now = stored(children, year, which);
        Map<String, Rollup> before = stored(children, year - 1, which);
        Comparator<RollupView> ranking = Comparator.comparing(RollupView::indicator, Indicators.ranking(descending));
        return children.stream()
                .map(child -> RollupView.of(child, year, which, now.get(child.code()))
                        .rankedBy(Indicators.value(indicator, numbers(now.get(child.code())),
                                numbers(before.get(child.code())))))
                .sorted(ranking.thenComparing(RollupView::regionCode))
                .toList();
    }

    /** Every number of the region's rollup by flat name, as the JSON rollup shows it (zeros where no report is). */
    public Map<String, BigDecimal> numbers(Region region, int year, Variant which) {
        Map<String, BigDecimal> numbers = new java.util.LinkedHashMap<>();
        gov.disclosure.report.ReportNumbers.NAMES.forEach(name -> numbers.put(name, BigDecimal.ZERO));
        Rollup stored = stored(List.of(region), year, which).get(region.code());
        if (stored != null) {
            numbers.putAll(RollupView.plainByName(stored.numbers()));
        }
        return numbers;
    }

    /** Every indicator of the region's rollup, with the year before's for comparison. */
    public RollupIndicators indicators(Region region, int year, Variant which) {
        Rollup now = stored(List.of(region), year, which).get(region.code());
        Rollup before = stored(List.of(region), year - 1, which).get(region.code());
        return new RollupIndicators(region.code(), region.name(), region.level(), year, which.scope(), which.basis(),
                which.excludesViolations(), now == null ? 0 : now.reportCount, before == null ? 0 : before.reportCount,
                Indicators.values(numbers(now), numbers(before)));
    }

    private static Map<String, BigDecimal> numbers(Rollup rollup) {
        return rollup == null ? Map.of() : rollup.numbers().byName();
    }

    /**
     * The stored rollups of these regions, by region code (those no report was ever in are absent), each read under
     * the variant it is stored as ({@link StoredScope}).
     */
    Map<String, Rollup> stored(List<Region> of, int year, Variant which) {
        Map<Variant, List<String>> codesByStoredVariant = of.stream().collect(Collectors.groupingBy(
                region -> StoredScope.of(regions, region.code(), which),
                Collectors.mapping(Region::code, Collectors.toList())));
        Map<String, Rollup> stored = new HashMap<>();
        codesByStoredVariant.forEach((variant, codes) -> Rollup.of(codes, year, variant.scope(), variant.basis(),
                variant.excludesViolations()).forEach(rollup -> stored.put(rollup.regionCode, rollup)));
        return stored;
    }

    public List<RollupView> series(Region region, int from, int to, Variant which) {
        Variant storedAs = StoredScope.of(regions, region.code(), which);
        Map<Integer, Rollup> stored = Rollup.series(region.code(), from, to, storedAs.scope(), storedAs.basis(),
                        storedAs.excludesViolations()).stream()
                .collect(Collectors.toMap(rollup -> rollup.year, Function.identity()));
        return IntStream.rangeClosed(from, to)
                .mapToObj(year -> RollupView.of(region, year, which, stored.get(year)))
                .toList();
    }

    /** The first and last year any report of the region's rollups is about, if there is one. */
    public List<Integer> yearsWithReports(Region region, Scope scope) {
        Object[] range = (Object[]) Rollup.getEntityManager()
                .createQuery("select min(r.year), max(r.year) from Rollup r where r.regionCode = ?1 and r.scope = ?2")
                .setParameter(1, region.code())
                .setParameter(2, StoredScope.of(regions, region.code(), scope))
                .getSingleResult();
        return range[0] == null ? List.of() : List.of((Integer) range[0], (Integer) range[1]);
    }

    public RollupReportPage reports(Region region, int year, Variant which, int page, int size) {
        List<String> codes = which.scope() == Scope.ALL && region.isCountry() ? null
                : which.scope() == Scope.OWN ? List.of(region.code())
                : regions.selfAndDescendants(region.code()).stream().map(Region::code).toList();
        var found = AppliedReport.inRollup(year, codes, which.basis() == gov.disclosure.rollups.domain.Basis.ACCEPTED,
                which.excludesViolations(), page, size);
        return RollupReportPage.of(found.items().stream().map(RollupReport::of).toList(), page, size,
                found.totalItems());
    }

    private List<RollupView> views(List<Region> of, int year, Variant which) {
        if (of.isEmpty()) {
            return List.of();
        }
        Map<String, Rollup> stored = stored(of, year, which);
        return of.stream().map(region -> RollupView.of(region, year, which, stored.get(region.code()))).toList();
    }
}
