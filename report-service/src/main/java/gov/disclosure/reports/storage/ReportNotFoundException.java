package gov.disclosure.reports.storage;

/** The report, revision or id asked for does not exist. */
public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(String message) {
        super(message);
    }
}
