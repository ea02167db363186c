package gov.disclosure.reports.roster;

import java.util.List;

/** An agency (or lines of a CSV import) that cannot go on the roster, every reason of it. */
public class InvalidAgencyException extends RuntimeException {

    private final List<AgencyError> errors;

    public InvalidAgencyException(List<AgencyError> errors) {
        super((errors.get(0).line() == null ? "" : "line " + errors.get(0).line() + ": ") + errors.get(0).pointer()
                + " " + errors.get(0).detail() + (errors.size() > 1 ? " (and %d more)".formatted(errors.size() - 1) : ""));
        this.errors = List.copyOf(errors);
    }

    public List<AgencyError> errors() {
        return errors;
    }
}
