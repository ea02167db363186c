package gov.disclosure.reports.validation;

/** A report that breaks arithmetic rules was submitted in strict mode. */
public class RuleViolationsException extends RuntimeException {

    private final ValidationResult result;

    public RuleViolationsException(ValidationResult result) {
        super(result.violations().size() + " rule violation(s)");
        this.result = result;
    }

    public ValidationResult result() {
        return result;
    }
}
