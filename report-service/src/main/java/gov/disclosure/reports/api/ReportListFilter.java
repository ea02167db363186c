package gov.disclosure.reports.api;

import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import gov.disclosure.report.Agency;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.reports.storage.ReportFilter;
import gov.disclosure.review.ReviewStatus;

import java.util.List;

/** The filters of the report list, read from its query parameters: the list and the export take the same. */
final class ReportListFilter {

    private ReportListFilter() {
    }

    /** The filter asked for (before the caller's reach narrows it); errors go to {@code parameters}. */
    static ReportFilter read(QueryParameters parameters, Regions regions, String regionCode, String includeSubRegions,
                             String year, String agencyId, String status, String hasViolations, String reviewStatus,
                             String rostered) {
        Region region = parameters.checked("regionCode", regionCode, code -> regions.find(code).orElse(null),
                "must be a region code of the region table, or 000000");
        boolean subRegions = parameters.bool("includeSubRegions", includeSubRegions, false);
        Integer onlyYear = parameters.integer("year", year, AnnualReport.FIRST_YEAR, 9999, null);
        String onlyAgency = parameters.checked("agencyId", agencyId, id -> Agency.isId(id) ? id : null,
                "must be an agency id: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        ReportStatus onlyStatus = parameters.enumeration("status", status, ReportStatus.class);
        Boolean violations = parameters.bool("hasViolations", hasViolations, null);
        ReviewStatus onlyReviewStatus = parameters.enumeration("reviewStatus", reviewStatus, ReviewStatus.class);
        Boolean onlyRostered = parameters.bool("rostered", rostered, null);
        return new ReportFilter(regionCodes(regions, region, subRegions), onlyYear, onlyAgency, null, onlyStatus,
                violations, onlyReviewStatus, onlyRostered);
    }

    private static List<String> regionCodes(Regions regions, Region region, boolean subRegions) {
        if (region == null || subRegions && region.isCountry()) {
            return null;
        }
        return subRegions ? regions.selfAndDescendants(region.code()).stream().map(Region::code).toList()
                : List.of(region.code());
    }
}
