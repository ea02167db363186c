package gov.disclosure.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A ratio of sums of the template's numbers, defined once ({@link Indicators#CATALOGUE}) for rollups, reports and
 * rankings.
 *
 * @param id          its stable id ({@code disclosureRate})
 * @param label       its name in Chinese, as an office would print it
 * @param description what it measures, in words
 * @param numerator   the flat names summed above the line
 * @param denominator the flat names summed below the line
 * @param yearOnYear  true: the numerator is this year's sum less the year before's, the denominator the year
 *                    before's sum (a change from the year before); false: both are this year's
 */
@Schema(description = "An indicator: a ratio of sums of a report's numbers, defined once for every use.")
public record Indicator(
        @Schema(examples = "disclosureRate") String id,
        @Schema(examples = "公开率") String label,
        String description,
        @Schema(description = "Flat names whose sum is the numerator") List<String> numerator,
        @Schema(description = "Flat names whose sum is the denominator") List<String> denominator,
        @Schema(description = "true: numerator is this year's sum less last year's, denominator last year's sum")
        boolean yearOnYear) {

    public Indicator {
        numerator = List.copyOf(numerator);
        denominator = List.copyOf(denominator);
        numerator.forEach(ReportTemplate::cell);
        denominator.forEach(ReportTemplate::cell);
    }

    /** The cells above the line. */
    @JsonIgnore
    public List<ReportTemplate.Cell> numeratorCells() {
        return numerator.stream().map(ReportTemplate::cell).toList();
    }

    /** The cells below the line. */
    @JsonIgnore
    public List<ReportTemplate.Cell> denominatorCells() {
        return denominator.stream().map(ReportTemplate::cell).toList();
    }
}
