package gov.disclosure.reports.review;

import gov.disclosure.reports.validation.FieldError;

import java.util.List;

/** A decision that cannot be recorded as sent: no decision, a return without comments, a pointer to nothing. */
public class InvalidReviewException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidReviewException(List<FieldError> errors) {
        super(errors.get(0).pointer() + " " + errors.get(0).detail());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
