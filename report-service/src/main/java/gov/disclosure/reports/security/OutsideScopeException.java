package gov.disclosure.reports.security;

/**
 * The caller's token does not reach this report: another agency's, another region's. Said the same way whether
 * the report exists or not, so that the answer does not tell.
 */
public class OutsideScopeException extends RuntimeException {

    public OutsideScopeException(String message) {
        super(message);
    }
}
