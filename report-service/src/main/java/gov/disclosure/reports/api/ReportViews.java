package gov.disclosure.reports.api;

import gov.disclosure.reports.storage.Report;
import gov.disclosure.reports.storage.ReportDocuments;
import gov.disclosure.reports.storage.ReportRevision;
import gov.disclosure.reports.submission.ReportSource;
import gov.disclosure.reports.validation.ValidationResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** What the API shows of stored reports and revisions. */
@ApplicationScoped
public class ReportViews {

    private final ReportDocuments documents;

    public ReportViews(ReportDocuments documents) {
        this.documents = documents;
    }

    public StoredReport stored(UUID reportId, ReportRevision revision) {
        ValidationResult validation = ValidationResult.of(revision.validationMode,
                documents.violations(revision.violations), documents.violations(revision.warnings));
        ReportSource source = revision.sourceFormat == null ? null
                : new ReportSource(revision.sourceFormat, documents.notes(revision.sourceNotes));
        return new StoredReport(reportId, revision.revision, revision.status, revision.submittedAt, validation,
                documents.report(revision.document), source);
    }

    public RevisionSummary summary(ReportRevision revision) {
        return new RevisionSummary(revision.revision, revision.status, revision.submittedAt, revision.validationMode,
                revision.violationCount, revision.warningCount);
    }

    public ReportSummary summary(Report report) {
        return new ReportSummary(report.id, report.agencyId, report.agencyName, report.regionCode, report.year,
                report.currentRevision, report.status, report.updatedAt, report.violationCount, report.warningCount);
    }
}
