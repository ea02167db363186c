package gov.disclosure.reports.problem;

import java.util.List;

/** Query parameters or headers that are not acceptable, every one of them. */
public class InvalidParametersException extends RuntimeException {

    private final List<ParameterError> errors;

    public InvalidParametersException(List<ParameterError> errors) {
        super(errors.get(0).parameter() + " " + errors.get(0).detail());
        this.errors = List.copyOf(errors);
    }

    public static InvalidParametersException of(String parameter, String detail) {
        return new InvalidParametersException(List.of(new ParameterError(parameter, detail)));
    }

    public List<ParameterError> errors() {
        return errors;
    }
}
