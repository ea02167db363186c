package gov.disclosure.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One indicator's value for a report or rollup, with what it is computed from.
 *
 * @param value         numerator ÷ denominator, 6 decimals; null when the denominator is 0
 * @param previousValue the same indicator of the year before, when that year was given (null otherwise, and for
 *                      indicators that are themselves a change from the year before)
 * @param change        value − previousValue; null when either is null
 */
@Schema(description = "An indicator's value with its numerator and denominator; null when the denominator is 0.")
public record IndicatorValue(
        @Schema(examples = "disclosureRate") String id,
        @Schema(examples = "0.75", nullable = true) BigDecimal value,
        @Schema(examples = "15") BigDecimal numerator,
        @Schema(examples = "20") BigDecimal denominator,
        @Schema(nullable = true, description = "The same indicator the year before") BigDecimal previousValue,
        @Schema(nullable = true, description = "value minus previousValue") BigDecimal change) {
}
