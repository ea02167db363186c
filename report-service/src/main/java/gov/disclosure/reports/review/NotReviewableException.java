package gov.disclosure.reports.review;

/** A revision that records a withdrawal: there is no report in it to decide on. */
public class NotReviewableException extends RuntimeException {

    public NotReviewableException(String message) {
        super(message);
    }
}
