package gov.disclosure.reports.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The verdict on a report's arithmetic: violations refuse it (unless lenient), warnings never do. */
@Schema(description = "The verdict on a report's arithmetic.")
public record ValidationResult(
        @Schema(description = "How the report was checked") ValidationMode mode,
        @Schema(description = "True when no arithmetic rule is broken (warnings do not count)") boolean valid,
        List<Violation> violations,
        List<Violation> warnings) {

    public static ValidationResult of(ValidationMode mode, List<Violation> violations, List<Violation> warnings) {
        return new ValidationResult(mode, violations.isEmpty(), List.copyOf(violations), List.copyOf(warnings));
    }

    /** Whether a report with this verdict is refused. */
    public boolean refused() {
        return mode == ValidationMode.STRICT && !valid;
    }
}
