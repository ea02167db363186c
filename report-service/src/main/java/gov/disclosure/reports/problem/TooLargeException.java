package gov.disclosure.reports.problem;

/** A request, or a part of one (a line of a bulk body), larger or longer than this service accepts: 413. */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}
