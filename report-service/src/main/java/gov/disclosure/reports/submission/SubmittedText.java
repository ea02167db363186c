package gov.disclosure.reports.submission;

/** The published text a report was read from, and how it was read. */
public record SubmittedText(String text, ReportSource source) {
}
