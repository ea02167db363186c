package gov.disclosure.reports.submission;

import gov.disclosure.reports.published.PublishedFile;

/**
 * The published text a report was read from, how it was read, and the document it was extracted from (null when the
 * text was sent as text).
 */
public record SubmittedText(String text, ReportSource source, PublishedFile original) {

    public SubmittedText(String text, ReportSource source) {
        this(text, source, null);
    }
}
