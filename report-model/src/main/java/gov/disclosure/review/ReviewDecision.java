package gov.disclosure.review;

/** What a reviewer decides on a revision of a report. */
public enum ReviewDecision {
    /** The revision is fit to be counted in an office's 汇总. */
    ACCEPTED,
    /** The revision goes back to its agency, with comments saying what to correct. */
    RETURNED
}
