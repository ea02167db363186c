package gov.disclosure.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value outside {@link JsonBounds}; its path names where it is. */
public class OutOfBoundsException extends MismatchedInputException {

    private final String detail;

    OutOfBoundsException(JsonParser parser, String detail, Class<?> targetType) {
        super(parser, detail, targetType);
        this.detail = detail;
    }

    /** What is wrong with the value, without where: {@code must not contain the character U+0000 (NUL)}. */
    public String detail() {
        return detail;
    }
}
