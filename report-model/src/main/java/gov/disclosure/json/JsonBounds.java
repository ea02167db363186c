package gov.disclosure.json;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a JSON value of this system may be, so that whatever is stored or published can be read back: numbers of
 * bounded length, decimals and size (a fee of {@code 1e-9999} is 10,001 characters written out, more than any JSON
 * reader takes), and text PostgreSQL keeps as given (no NUL, no half of a surrogate pair). The same bounds hold where
 * a request is read and where a stored document or an event is read.
 */
public final class JsonBounds {

    /** Digits after the decimal point: a fee in 万元 needs 4; anything beyond 20 is not an amount of money. */
    public static final int MAX_DECIMALS = 20;
    /** Digits before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 20;
    /** Characters of one number as written (sign, digits, point, exponent). */
    public static final int MAX_NUMBER_LENGTH = 64;

    private JsonBounds() {
    }

    /** Why a number is out of bounds, if it is. */
    public static Optional<String> numberProblem(BigDecimal value) {
        if (value.scale() > MAX_DECIMALS) {
            return Optional.of("must have at most %d digits after the decimal point".formatted(MAX_DECIMALS));
        }
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return Optional.of("must have at most %d digits before the decimal point".formatted(MAX_INTEGER_DIGITS));
        }
        return Optional.empty();
    }

    /** Why a text cannot be stored as given, if it cannot: a NUL, or half of a surrogate pair. */
    public static Optional<String> textProblem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return Optional.of("must not contain the character U+0000 (NUL)");
            }
            if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
                return Optional.of("must not contain half of a surrogate pair (U+D800 to U+DFFF alone)");
            }
        }
        return Optional.empty();
    }
}
