package gov.disclosure.reports.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * STRICT refuses a report that breaks an arithmetic rule. LENIENT stores it with its violations: historical
 * published reports often break the rules, and must still be kept as published.
 */
public enum ValidationMode {
    STRICT, LENIENT;

    /** Reads the {@code validation} query parameter; empty when it is neither {@code strict} nor {@code lenient}. */
    public static Optional<ValidationMode> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(STRICT);
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "strict" -> Optional.of(STRICT);
            case "lenient" -> Optional.of(LENIENT);
            default -> Optional.empty();
        };
    }
}
