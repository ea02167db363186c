package gov.disclosure.reports.submission;

import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.storage.ReportDocuments;
import gov.disclosure.reports.storage.ReportQueries;
import gov.disclosure.reports.submission.ReportSubmissions.Stored;
import gov.disclosure.reports.submission.ReportSubmissions.Submission;
import gov.disclosure.reports.validation.FieldError;
import gov.disclosure.reports.validation.InvalidReportException;
import gov.disclosure.reports.validation.ReportValidator;
import gov.disclosure.reports.validation.RuleViolationsException;
import gov.disclosure.reports.validation.ValidationMode;
import gov.disclosure.reports.validation.ValidationResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The one path every report takes in, whatever it was submitted as: shape, then arithmetic, then storage.
 */
@ApplicationScoped
public class ReportIntake {

    private final ReportValidator validator;
    private final ReportQueries queries;
    private final ReportSubmissions submissions;
    private final ReportDocuments documents;

    public ReportIntake(ReportValidator validator, ReportQueries queries, ReportSubmissions submissions,
                        ReportDocuments documents) {
        this.validator = validator;
        this.queries = queries;
        this.submissions = submissions;
        this.documents = documents;
    }

    /**
     * Checks and stores a report.
     *
     * @param idempotencyKey the client's key, or null
     * @param requestTarget  what the request asked for besides the report (method, resource, mode), so that a key
     *                       reused for another request is told apart
     * @param text           the published text the report was read from, or null for JSON
     */
    public Stored submit(AnnualReport report, ValidationMode mode, IfMatch ifMatch, String idempotencyKey,
                         String requestTarget, SubmittedText text) {
        ValidationResult verdict = check(report, mode);
        IdempotencyKey key = idempotencyKey == null ? null : new IdempotencyKey(idempotencyKey,
                ReportDocuments.contentHash(requestTarget + "\n" + documents.toJson(report)));
        return submissions.submit(new Submission(report, verdict, ifMatch, key, text));
    }

    /** The verdict, without storing anything. Refuses a malformed report, and a rule-breaking one in strict mode. */
    public ValidationResult check(AnnualReport report, ValidationMode mode) {
        ValidationResult verdict = preview(report, mode);
        if (verdict.refused()) {
            throw new RuleViolationsException(verdict);
        }
        return verdict;
    }

    /** The verdict a submission would get, without refusing for broken rules; refuses only a malformed report. */
    public ValidationResult preview(AnnualReport report, ValidationMode mode) {
        List<FieldError> errors = validator.shapeErrors(report);
        if (!errors.isEmpty()) {
            throw new InvalidReportException(errors);
        }
        AnnualReport yearBefore = queries.latestPublished(report.agency().id(), report.year() - 1).orElse(null);
        return validator.verdict(report, mode, yearBefore);
    }
}
