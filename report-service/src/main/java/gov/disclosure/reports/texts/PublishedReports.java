package gov.disclosure.reports.texts;

import gov.disclosure.access.Caller;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.parsing.UnreadableReportException;
import gov.disclosure.reports.published.PublishedDocuments;
import gov.disclosure.reports.published.PublishedFile;
import gov.disclosure.reports.published.PublishedText;
import gov.disclosure.reports.submission.IfMatch;
import gov.disclosure.reports.submission.ReportIntake;
import gov.disclosure.reports.submission.RevisionStore.Stored;
import gov.disclosure.reports.submission.SubmittedText;
import gov.disclosure.reports.validation.ValidationMode;
import gov.disclosure.reports.validation.ValidationResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A report as published (a text, a PDF, a Word file or a web page): read, then checked or stored exactly as its
 * canonical JSON would be. The one way from a published file to a report, for a single submission, a batch and an
 * import job alike.
 */
@ApplicationScoped
public class PublishedReports {

    /** A published file read: its text and the report read from it, with how it was read. */
    public record Reading(PublishedText published, TextReports.Read read) {

        public AnnualReport report() {
            return read.report();
        }

        SubmittedText submitted() {
            return new SubmittedText(read.text(), read.source(), published.original());
        }
    }

    private final PublishedDocuments documents;
    private final TextReports texts;
    private final ReportIntake intake;

    public PublishedReports(PublishedDocuments documents, TextReports texts, ReportIntake intake) {
        this.documents = documents;
        this.texts = texts;
        this.intake = intake;
    }

    /**
     * @param turn how long the file, and then its text where it is far longer than a report's, may wait for its turn
     *             among the documents being read
     * @throws UnreadableReportException naming, for a text whose bytes had to be decoded, the encoding it was read in
     *                                   and why
     */
    public Reading read(PublishedFile file, PublishedDocuments.Turn turn, TextReports.Given given, Caller caller) {
        PublishedText published = documents.read(file, turn);
        try {
            return new Reading(published, documents.readText(published.text(), turn,
                    () -> texts.read(published.text(), given, caller)));
        } catch (UnreadableReportException e) {
            throw published.encoding() == null ? e : e.readAs(published.encoding());
        }
    }

    /** The verdict a submission of what was read would get; nothing is stored. */
    public ValidationResult check(Reading reading, Caller caller, ValidationMode mode) {
        return intake.preview(reading.report(), caller, mode);
    }

    /** Stores what was read as a single submission of its JSON would be, with the file and text it came from. */
    public Stored submit(Reading reading, Caller caller, ValidationMode mode, IfMatch ifMatch, String idempotencyKey,
                         String target) {
        return intake.submit(reading.report(), caller, mode, ifMatch, idempotencyKey, target, reading.submitted());
    }
}
