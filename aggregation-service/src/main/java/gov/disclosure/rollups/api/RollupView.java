package gov.disclosure.rollups.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.disclosure.region.Region;
import gov.disclosure.region.RegionLevel;
import gov.disclosure.report.Applications;
import gov.disclosure.report.IndicatorValue;
import gov.disclosure.report.ProactiveDisclosure;
import gov.disclosure.report.ReviewAndLitigation;
import gov.disclosure.rollups.domain.Basis;
import gov.disclosure.rollups.domain.Numbers;
import gov.disclosure.rollups.domain.Variant;
import gov.disclosure.rollups.domain.Scope;
import gov.disclosure.rollups.storage.Rollup;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A region's rollup for a year: every number of the report summed over its reports, in the report's own shape. */
@Schema(description = "The sums of every number of the reports in a region's rollup for a year, in the shape of a report.")
public record RollupView(
        @Schema(examples = "410400") String regionCode,
        @Schema(examples = "平顶山市") String regionName,
        RegionLevel level,
        @Schema(examples = "2024") int year,
        @Schema(description = "OWN: the region's own agencies; ALL: its whole territory") Scope scope,
        @Schema(description = "received: every report; accepted: only reports whose latest revision a reviewer "
                + "accepted") Basis basis,
        @Schema(description = "true: reports that break an arithmetic rule are left out") boolean excludeViolations,
        @Schema(description = "How many reports are summed") int reportCount,
        @Schema(description = "How many of them break an arithmetic rule") int reportsWithViolations,
        @Schema(description = "When the rollup last changed; null when no report was ever in it") Instant lastChangedAt,
        @Schema(implementation = ProactiveDisclosure.class) RollupSection proactiveDisclosure,
        @Schema(implementation = Applications.class) RollupSection applications,
        @Schema(implementation = ReviewAndLitigation.class) RollupSection reviewAndLitigation,
        @Schema(description = "Present when children are ranked by an indicator: its value for this region")
        @JsonInclude(JsonInclude.Include.NON_NULL) IndicatorValue indicator) {

    /** The numbers of a rollup no report was ever in. */
    private static final BigDecimal[] ZEROS = plain(Numbers.zero());

    /** @param rollup the stored sums, or null when no report was ever in this rollup (all zero) */
    static RollupView of(Region region, int year, Variant which, Rollup rollup) {
        return rollup == null ? of(region, year, which, 0, 0, null, ZEROS)
                : of(region, year, which, rollup.reportCount, rollup.reportsWithViolations, rollup.updatedAt,
                plain(rollup.numbers()));
    }

    /** @param numbers every number in the catalogue's order, as shown ({@link #plain(Numbers)}) */
    static RollupView of(Region region, int year, Variant which, int reportCount, int reportsWithViolations,
                         Instant lastChangedAt, BigDecimal[] numbers) {
        return new RollupView(region.code(), region.name(), region.level(), year, which.scope(), which.basis(),
                which.excludesViolations(), reportCount, reportsWithViolations, lastChangedAt,
                RollupSection.proactiveDisclosure(numbers), RollupSection.applications(numbers),
                RollupSection.reviewAndLitigation(numbers), null);
    }

    /** The same rollup, ranked by an indicator whose value for it is {@code value}. */
    RollupView rankedBy(IndicatorValue value) {
        return new RollupView(regionCode, regionName, level, year, scope, basis, excludeViolations, reportCount,
                reportsWithViolations, lastChangedAt, proactiveDisclosure, applications, reviewAndLitigation, value);
    }

    /** Sums carry the scale of their terms (1.2345 − 1.2345 = 0.0000): show them without trailing zeros. */
    static BigDecimal[] plain(Numbers numbers) {
        BigDecimal[] plain = new BigDecimal[Numbers.SIZE];
        for (int i = 0; i < Numbers.SIZE; i++) {
            plain[i] = plain(numbers.get(i));
        }
        return plain;
    }

    /** The same by name, in the catalogue's order. */
    static Map<String, BigDecimal> plainByName(Numbers numbers) {
        BigDecimal[] plain = plain(numbers);
        Map<String, BigDecimal> byName = new LinkedHashMap<>();
        for (int i = 0; i < Numbers.SIZE; i++) {
            byName.put(Numbers.NAMES.get(i), plain[i]);
        }
        return byName;
    }

    private static BigDecimal plain(BigDecimal value) {
        if (value.scale() <= 0) {
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
