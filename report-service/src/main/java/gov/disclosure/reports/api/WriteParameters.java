package gov.disclosure.reports.api;

import gov.disclosure.reports.problem.InvalidParametersException;
import gov.disclosure.reports.validation.ValidationMode;
import jakarta.ws.rs.core.MediaType;

import java.nio.charset.Charset;

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

    /** The charset a Content-Type names, or null; an unknown one is a bad request. */
    static Charset charset(String contentType) {
        try {
            return namedCharset(contentType);
        } catch (IllegalArgumentException e) {
            throw InvalidParametersException.of("Content-Type", "names a charset this service does not know");
        }
    }

    /**
     * The charset a Content-Type names, or null when it names none.
     *
     * @throws IllegalArgumentException when the Content-Type or its charset is not one this JVM knows
     */
    static Charset namedCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        String charset = MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null ? null : Charset.forName(charset.trim().replace("\"", ""));
    }

    static final String CHANGE_REASON = "X-Change-Reason";
    static final int MAX_CHANGE_REASON_LENGTH = 500;

    /**
     * Why a revision is made, or null: as sent, or percent-encoded UTF-8 (HTTP headers carry ASCII, so a Chinese
     * reason is sent as {@code %E6%9B%B4%E6%AD%A3}, a space there as {@code %20} or {@code +}); refused when empty, longer than 500 characters or holding control
     * characters.
     */
    static String changeReason(String header) {
        if (header == null) {
            return null;
        }
        String reason;
        try {
            reason = header.contains("%") ? java.net.URLDecoder.decode(header,
                    java.nio.charset.StandardCharsets.UTF_8) : header;
        } catch (IllegalArgumentException e) {
            throw InvalidParametersException.of(CHANGE_REASON, "is not well-formed percent-encoded UTF-8");
        }
        return changeReasonText(reason, CHANGE_REASON);
    }

    /** A reason as text (a bulk line's changeReason): refused when empty, too long or holding control characters. */
    static String changeReasonText(String text, String name) {
        String reason = text.strip();
        if (reason.isEmpty() || reason.length() > MAX_CHANGE_REASON_LENGTH
                || reason.chars().anyMatch(c -> Character.isISOControl(c) || c == 0xFFFD)) {
            throw InvalidParametersException.of(name, ("must be 1 to %d characters of text, without control "
                    + "characters" + (name.equals(CHANGE_REASON) ? " (percent-encode UTF-8)" : ""))
                    .formatted(MAX_CHANGE_REASON_LENGTH));
        }
        return reason;
    }

    /** The key as sent, or null; refused unless 1 to 255 visible ASCII characters. */
    static String idempotencyKey(String key) {
        return idempotencyKey(key, IDEMPOTENCY_KEY);
    }

    /** As {@link #idempotencyKey(String)}, for a key sent under another name (a bulk line's idempotencyKey). */
    static String idempotencyKey(String key, String name) {
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw InvalidParametersException.of(name,
                    "must be 1 to %d visible ASCII characters (a UUID is a good key)".formatted(MAX_KEY_LENGTH));
        }
        return key;
    }
}
