package gov.disclosure.rollups.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.disclosure.access.Caller;
import gov.disclosure.access.Role;
import gov.disclosure.region.Region;
import gov.disclosure.region.RegionLevel;
import gov.disclosure.region.Regions;
import gov.disclosure.report.Indicators;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.report.ReportTemplate;
import gov.disclosure.rollups.api.RollupQueries;
import gov.disclosure.rollups.api.RollupReportPage;
import gov.disclosure.rollups.api.RollupView;
import gov.disclosure.rollups.completeness.Completeness;
import gov.disclosure.rollups.completeness.CompletenessQueries;
import gov.disclosure.rollups.domain.Basis;
import gov.disclosure.rollups.domain.Scope;
import gov.disclosure.rollups.domain.Variant;
import gov.disclosure.rollups.web.RegionPage.Link;
import gov.disclosure.rollups.web.RegionPage.Metric;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Puts a region's page together from the queries the API answers with (RollupQueries, CompletenessQueries): the
 * page shows the API's numbers, it never sums anything itself.
 */
@ApplicationScoped
class RegionPages {

    /** The numbers followed over the years and compared across sub-regions. */
    static final List<String> METRICS = List.of("applications.newlyReceived.total", "applications.outcomes.granted.total",
            "applications.outcomes.total.total", "reviewAndLitigation.administrativeReview.total",
            "reviewAndLitigation.litigationDirect.total", "reviewAndLitigation.litigationAfterReview.total");
    static final int REPORTS_PER_PAGE = 20;
    /** At most this many agencies are listed as missing or late; the API's CSV has them all. */
    static final int MAX_LISTED = 200;
    private static final int YEARS_BEFORE = 8;
    private static final int YEARS_AFTER = 3;

    private final RollupQueries rollups;
    private final CompletenessQueries completeness;
    private final Regions regions;
    private final ObjectMapper json;
    private final WebConfig config;

    RegionPages(RollupQueries rollups, CompletenessQueries completeness, Regions regions, ObjectMapper json,
                WebConfig config) {
        this.rollups = rollups;
        this.completeness = completeness;
        this.regions = regions;
        this.json = json;
        this.config = config;
    }

    /** The latest year any report of the region is about; without any, last year. */
    int latestYear(Region region) {
        List<Integer> years = rollups.yearsWithReports(region, Scope.ALL);
        return years.isEmpty() ? LocalDate.now().getYear() - 1 : years.get(1);
    }

    RegionPage page(Viewer viewer, Region region, int year, Scope scope, Basis basis, int reportsPage) {
        PageLinks links = new PageLinks(region.code(), year, scope, basis);
        Variant which = new Variant(scope, basis, false);
        RollupView rollup = rollups.rollup(region, year, which);
        List<Integer> years = years(region, year);
        List<RollupView> series = rollups.series(region, years.get(0), years.get(years.size() - 1), which);
        List<RollupView> children = rollups.children(region, year, which);
        boolean desk = viewer.readsDesk();
        Map<String, Completeness.Figures> childDesk = desk ? childCompleteness(region, year, scope) : Map.of();
        List<RegionPage.TrendYear> trend = series.stream().map(view -> new RegionPage.TrendYear(view.year(),
                links.year(view.year()), view.year() == year, view.reportCount(), metricValues(numbers(view)))).toList();
        List<RegionPage.SubRegion> subRegions = children.stream().map(child -> new RegionPage.SubRegion(
                child.regionCode(), child.regionName(), links.region(child.regionCode()), child.reportCount(),
                metricValues(numbers(child)), childDesk.get(child.regionCode()))).toList();
        return new RegionPage(viewer, rollup, levelName(region.level()), trail(viewer, region, links),
                years.stream().map(y -> new Link(String.valueOf(y), links.year(y), y == year)).toList(),
                List.of(new Link("全域（本地区全部机关）", links.scope(Scope.ALL), scope == Scope.ALL),
                        new Link("本级（本级政府及部门）", links.scope(Scope.OWN), scope == Scope.OWN)),
                List.of(new Link("收到的报告", links.basis(Basis.RECEIVED), basis == Basis.RECEIVED),
                        new Link("审核通过的报告", links.basis(Basis.ACCEPTED), basis == Basis.ACCEPTED)),
                Figures.of(numbers(rollup)), metrics(), trend, trendJson(trend), subRegions,
                subRegionsJson(subRegions), desk ? desk(region, year, scope) : null,
                desk ? reports(viewer, region, year, which, reportsPage, links) : null, panels(region, year, links));
    }

    /** The years to switch between and to follow the trend over: around {@code year}, where reports are. */
    private List<Integer> years(Region region, int year) {
        List<Integer> withReports = rollups.yearsWithReports(region, Scope.ALL);
        int first = withReports.isEmpty() ? year : Math.min(year, withReports.get(0));
        int last = withReports.isEmpty() ? year : Math.max(year, withReports.get(1));
        int from = Math.max(first, year - YEARS_BEFORE);
        int to = Math.min(Math.min(last, year + YEARS_AFTER), 9999);
        List<Integer> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            years.add(y);
        }
        return years;
    }

    /** The regions above, from the country down, each a link where the viewer reads it. */
    private List<Link> trail(Viewer viewer, Region region, PageLinks links) {
        List<Region> chain = new ArrayList<>(regions.selfAndAncestors(region.code()));
        Collections.reverse(chain);
        return chain.stream().map(above -> new Link(above.name(), reads(viewer.caller(), above) ? links.region(above.code()) : null,
                above.code().equals(region.code()))).toList();
    }

    private boolean reads(Caller caller, Region region) {
        return caller.subject() == null ? config.publicFigures()
                : caller.isAdmin() || caller.is(Role.VIEWER) || caller.covers(region.code(), regions);
    }

    private Map<String, BigDecimal> numbers(RollupView view) {
        return ReportNumbers.flatten(json.valueToTree(view));
    }

    private static List<Figures.Value> metricValues(Map<String, BigDecimal> numbers) {
        return METRICS.stream().map(name -> new Figures.Value(name, Figures.text(numbers.get(name)))).toList();
    }

    static List<Metric> metrics() {
        return METRICS.stream().map(ReportTemplate::cell)
                .map(cell -> new Metric(cell.flatName(), cell.rowLabel() + " " + cell.columnLabel())).toList();
    }

    private Map<String, Completeness.Figures> childCompleteness(Region region, int year, Scope scope) {
        return completeness.children(region, year, scope, completeness.today()).stream()
                .collect(Collectors.toMap(result -> result.region().code(),
                        result -> Completeness.figures(result.entries())));
    }

    private RegionPage.Desk desk(Region region, int year, Scope scope) {
        LocalDate today = completeness.today();
        List<Completeness.Entry> entries = completeness.of(region, year, scope, today).entries();
        List<Completeness.Entry> overdue = entries.stream()
                .filter(entry -> entry.standing() == Completeness.Standing.MISSING
                        || entry.standing() == Completeness.Standing.LATE)
                .limit(MAX_LISTED)
                .toList();
        return new RegionPage.Desk(Completeness.figures(entries), today.toString(), overdue,
                "/api/v1/completeness/%s/%d?scope=%s".formatted(region.code(), year, PageLinks.scopeParameter(scope)));
    }

    private RegionPage.Reports reports(Viewer viewer, Region region, int year, Variant which, int page, PageLinks links) {
        RollupReportPage found = rollups.reports(region, year, which, page, REPORTS_PER_PAGE);
        String api = config.reportApiUrl().replaceAll("/+$", "");
        List<RegionPage.ReportLine> lines = found.items().stream().map(report -> {
            String base = "%s/api/v1/agencies/%s/reports/%d".formatted(api, report.agencyId(), year);
            return viewer.readsReports() ? new RegionPage.ReportLine(report, base + "/revisions",
                    base + "/revisions/" + report.revision() + "/source") : new RegionPage.ReportLine(report, null, null);
        }).toList();
        return new RegionPage.Reports(lines, found.page(), found.totalPages(), found.totalItems(),
                page > 0 ? links.reportsPage(page - 1) : null,
                page + 1 < found.totalPages() ? links.reportsPage(page + 1) : null);
    }

    /**
     * The national-format table and the indicators (issue 13), filled in the browser from their API operations;
     * until those exist (404) the panels say they are not available.
     */
    private List<RegionPage.Panel> panels(Region region, int year, PageLinks links) {
        String base = "/api/v1/rollups/%s/%d".formatted(region.code(), year);
        Map<String, String> labels = new LinkedHashMap<>();
        Indicators.CATALOGUE.forEach(indicator -> labels.put(indicator.id(), indicator.label()));
        return List.of(
                new RegionPage.Panel("national-table", "全国统一格式表格", base + "/table" + links.apiQuery() + "&format=html",
                        "html", ""),
                new RegionPage.Panel("indicators", "指标", base + "/indicators" + links.apiQuery(), "indicators",
                        script(labels)));
    }

    private String trendJson(List<RegionPage.TrendYear> trend) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("x", trend.stream().map(year -> String.valueOf(year.year())).toList());
        chart.put("series", series(trend.stream().map(RegionPage.TrendYear::values).toList()));
        return script(chart);
    }

    private String subRegionsJson(List<RegionPage.SubRegion> subRegions) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("x", subRegions.stream().map(RegionPage.SubRegion::name).toList());
        chart.put("links", subRegions.stream().map(RegionPage.SubRegion::href).toList());
        chart.put("series", series(subRegions.stream().map(RegionPage.SubRegion::values).toList()));
        return script(chart);
    }

    private static List<Map<String, Object>> series(List<List<Figures.Value>> points) {
        List<Metric> metrics = metrics();
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            int index = i;
            series.add(Map.of("name", metrics.get(i).label(),
                    "data", points.stream().map(values -> new BigDecimal(values.get(index).text())).toList()));
        }
        return series;
    }

    /** JSON to put inside a script element: "<" escaped, so that no text can close the element. */
    private String script(Object value) {
        try {
            return json.writeValueAsString(value).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data is plain lists and numbers", e);
        }
    }

    static String levelName(RegionLevel level) {
        return switch (level) {
            case COUNTRY -> "全国";
            case PROVINCE -> "省级";
            case CITY -> "市级";
            case COUNTY -> "县级";
        };
    }
}
