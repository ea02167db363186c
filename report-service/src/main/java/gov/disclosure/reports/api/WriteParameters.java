package gov.disclosure.reports.api;

import gov.disclosure.reports.problem.InvalidParametersException;
import gov.disclosure.reports.validation.ValidationMode;

/** The parameters every write takes besides the report. */
final class WriteParameters {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    private WriteParameters() {
    }

    static ValidationMode mode(String validation) {
        return ValidationMode.parse(validation)
                .orElseThrow(() -> InvalidParametersException.of("validation", "must be strict or lenient"));
    }

    /** The key as sent, or null; refused unless 1 to 255 visible ASCII characters. */
    static String idempotencyKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw InvalidParametersException.of(IDEMPOTENCY_KEY,
                    "must be 1 to %d visible ASCII characters (a UUID is a good key)".formatted(MAX_KEY_LENGTH));
        }
        return key;
    }
}
