package gov.disclosure.rollups.web;

import gov.disclosure.rollups.api.RollupReport;
import gov.disclosure.rollups.api.RollupView;
import gov.disclosure.rollups.completeness.Completeness;

import java.util.List;

/**
 * Everything a region's page shows, as the API's queries answered it. Parts a viewer may not read are null
 * (completeness and reports for anonymous visitors).
 */
public record RegionPage(
        Viewer viewer,
        RollupView rollup,
        String levelName,
        List<Link> trail,
        List<Link> years,
        List<Link> scopes,
        List<Link> bases,
        Figures figures,
        List<Metric> metrics,
        List<TrendYear> trend,
        String trendJson,
        List<SubRegion> subRegions,
        String subRegionsJson,
        Desk desk,
        Reports reports,
        List<Panel> panels) {

    /** A link of the page: its text, where it leads, whether it is the view shown. */
    public record Link(String text, String href, boolean current) {
    }

    /** A number followed over the years and across sub-regions: its flat name and the template's label. */
    public record Metric(String name, String label) {
    }

    public record TrendYear(int year, String href, boolean current, int reportCount, List<Figures.Value> values) {
    }

    /** A direct sub-region: its rollup's numbers and, for those who read it, its completeness. */
    public record SubRegion(String code, String name, String href, int reportCount, List<Figures.Value> values,
                     Completeness.Figures completeness) {
    }

    /** Completeness as the API counts it, and the agencies not (yet) on time. */
    public record Desk(Completeness.Figures totals, String asOf, List<Completeness.Entry> overdue, String apiHref) {
    }

    /** A page of the reports a rollup holds, each with its links into the report API. */
    public record Reports(List<ReportLine> items, int page, int totalPages, long totalItems, String previous, String next) {

        /** The page number as people count, from 1. */
        public int shownPage() {
            return page + 1;
        }
    }

    public record ReportLine(RollupReport report, String revisions, String source) {
    }

    /**
     * A panel filled in the browser from an API operation; when the operation answers anything but 200 (not there
     * yet: 404), the panel says it is not available.
     *
     * @param kind html (the answer is inserted as is) or json (its numbers are listed)
     */
    /** @param labels for the indicators panel, the catalogue's label of each indicator id (JSON); else empty */
    public record Panel(String id, String title, String src, String kind, String labels) {
    }
}
