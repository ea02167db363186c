package gov.disclosure.reports.validation;

import java.util.List;

/** The request body is not a valid canonical report: fields missing, of the wrong type, unknown, or out of range. */
public class InvalidReportException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidReportException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s), first " + errors.get(0).pointer() + ": " + errors.get(0).detail());
        this.errors = List.copyOf(errors);
    }

    public static InvalidReportException of(String pointer, String detail) {
        return new InvalidReportException(List.of(new FieldError(pointer, detail)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
