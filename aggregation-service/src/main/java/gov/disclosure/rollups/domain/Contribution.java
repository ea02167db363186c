package gov.disclosure.rollups.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What one published report adds to the rollups it is in: one report, one more that breaks a rule if it does, and
 * its numbers. A withdrawn report contributes nothing.
 */
public record Contribution(String regionCode, int year, boolean breaksRules, Map<String, BigDecimal> numbers) {
}
