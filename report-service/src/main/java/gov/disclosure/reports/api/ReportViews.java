package gov.disclosure.reports.api;

import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.submission.RevisionStore.Stored;

import gov.disclosure.reports.review.Review;
import gov.disclosure.reports.review.ReviewDecisions;
import gov.disclosure.reports.storage.Report;
import gov.disclosure.reports.storage.ReportDocuments;
import gov.disclosure.reports.storage.ReportRevision;
import gov.disclosure.reports.submission.PublicationDates;
import gov.disclosure.reports.submission.ReportSource;
import gov.disclosure.reports.submission.Submitter;
import gov.disclosure.reports.validation.ValidationResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** What the API shows of stored reports and revisions. */
@ApplicationScoped
public class ReportViews {

    private final ReportDocuments documents;
    private final PublicationDates publication;
    private final ReviewDecisions reviews;

    public ReportViews(ReportDocuments documents, PublicationDates publication, ReviewDecisions reviews) {
        this.documents = documents;
        this.publication = publication;
        this.reviews = reviews;
    }

    /** What a write answers with: the revision it stored (not yet reviewed) or found. */
    public StoredReport written(Stored stored) {
        if (stored.written() == null) {
            return stored(stored.reportId(), stored.revision());
        }
        return stored(stored.reportId(), stored.revision(), stored.written(), Review.PENDING, stored.content());
    }

    public StoredReport stored(UUID reportId, ReportRevision revision) {
        return stored(reportId, revision, Report.<Report>findById(reportId), reviews.of(reportId, revision.revision),
                null);
    }

    /** @param content what the revision's document says, when known already; null to read it from the document */
    private StoredReport stored(UUID reportId, ReportRevision revision, Report stored, Review review,
                                AnnualReport content) {
        ValidationResult validation = ValidationResult.of(revision.validationMode,
                documents.violations(revision.violations), documents.violations(revision.warnings));
        ReportSource source = revision.sourceFormat == null ? null
                : new ReportSource(revision.sourceFormat, documents.strings(revision.sourceNotes));
        var report = content != null ? content : documents.report(revision.document);
        return new StoredReport(reportId, revision.revision, revision.status, revision.submittedAt,
                submitter(revision), validation, report, source, publication.of(report, stored),
                review, revision.changeReason);
    }

    public RevisionSummary summary(ReportRevision revision) {
        return new RevisionSummary(revision.revision, revision.status, revision.submittedAt, submitter(revision),
                revision.validationMode, revision.violationCount, revision.warningCount,
                reviews.of(revision.reportId, revision.revision).status(), revision.changeReason);
    }

    private Submitter submitter(ReportRevision revision) {
        return revision.submittedBy == null ? null
                : new Submitter(revision.submittedBy, documents.strings(revision.submittedByAgencies));
    }

    /** @param rostered whether the report's agency is on the roster */
    public ReportSummary summary(Report report, boolean rostered) {
        return new ReportSummary(report.id, report.agencyId, report.agencyName, report.regionCode, report.year,
                report.currentRevision, report.status, report.updatedAt, report.violationCount, report.warningCount,
                report.publishedOn != null ? report.publishedOn : publication.day(report.createdAt),
                report.reviewStatus, rostered);
    }
}
