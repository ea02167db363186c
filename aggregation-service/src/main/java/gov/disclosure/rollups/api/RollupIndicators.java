package gov.disclosure.rollups.api;

import gov.disclosure.region.RegionLevel;
import gov.disclosure.report.IndicatorValue;
import gov.disclosure.rollups.domain.Basis;
import gov.disclosure.rollups.domain.Scope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Every indicator of the catalogue for one rollup, each compared with the same rollup of the year before. */
@Schema(description = "The indicators of a region's rollup for a year (see GET /api/v1/indicators).")
public record RollupIndicators(
        @Schema(examples = "410400") String regionCode,
        @Schema(examples = "平顶山市") String regionName,
        RegionLevel level,
        @Schema(examples = "2024") int year,
        Scope scope,
        Basis basis,
        boolean excludeViolations,
        @Schema(description = "How many reports are summed") int reportCount,
        @Schema(description = "How many reports the same rollup of the year before sums") int previousReportCount,
        List<IndicatorValue> indicators) {
}
