package gov.disclosure.reports.submission;

import gov.disclosure.access.Caller;
import gov.disclosure.region.Regions;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.roster.Roster;
import gov.disclosure.reports.roster.RosterCheck;
import gov.disclosure.reports.security.ReportAccess;
import gov.disclosure.reports.storage.RosterAgency;
import gov.disclosure.reports.storage.ReportDocuments;
import gov.disclosure.reports.storage.ReportQueries;
import gov.disclosure.reports.storage.StoredReports;
import gov.disclosure.reports.submission.RevisionStore.Stored;
import gov.disclosure.reports.submission.RevisionStore.Submission;
import gov.disclosure.reports.validation.FieldError;
import gov.disclosure.reports.validation.InvalidReportException;
import gov.disclosure.reports.validation.ReportValidator;
import gov.disclosure.reports.validation.RuleViolationsException;
import gov.disclosure.reports.validation.ValidationMode;
import gov.disclosure.reports.validation.ValidationResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.stream.Stream;

/**
 * The one path every report takes in, whatever it was submitted as: shape, then arithmetic, then storage.
 */
@ApplicationScoped
public class ReportIntake {

    private final ReportValidator validator;
    private final ReportQueries queries;
    private final RevisionStore submissions;
    private final ReportDocuments documents;
    private final ReportAccess access;
    private final RosterCheck roster;

    public ReportIntake(ReportValidator validator, ReportQueries queries, RevisionStore submissions,
                        ReportDocuments documents, ReportAccess access, Roster roster, Regions regions) {
        this.roster = new RosterCheck(roster.names(), regions);
        this.validator = validator;
        this.queries = queries;
        this.submissions = submissions;
        this.documents = documents;
        this.access = access;
    }

    /**
     * Checks and stores a report: its shape, then whether the caller may store it, then its arithmetic; in one
     * transaction that holds the report's lock from the checks' reads to its writes.
     *
     * @param idempotencyKey the client's key, or null
     * @param requestTarget  what the request asked for besides the report (method, resource, mode), so that a key
     *                       reused for another request is told apart
     * @param text           the published text the report was read from, or null for JSON
     */
    public Stored submit(AnnualReport report, Caller caller, ValidationMode mode, IfMatch ifMatch,
                         String idempotencyKey, String requestTarget, SubmittedText text) {
        return submit(report, caller, mode, ifMatch, idempotencyKey, requestTarget, text, null);
    }

    /** As {@link #submit}, with why the writer changes the report ({@code X-Change-Reason}), or null. */
    public Stored submit(AnnualReport report, Caller caller, ValidationMode mode, IfMatch ifMatch,
                         String idempotencyKey, String requestTarget, SubmittedText text, String changeReason) {
        return submissions.store(report, idempotencyKey == null ? null : keyValue(caller, idempotencyKey),
                stored -> check(report, caller, mode, ifMatch, idempotencyKey, requestTarget, text, changeReason,
                        stored));
    }

    /**
     * The checks of {@link #submit} that come before storage (shape, reach as sent, arithmetic): the submission
     * to store, or the refusal as an exception. Reads the roster and the neighbouring years, and writes nothing.
     */
    public Submission check(AnnualReport report, Caller caller, ValidationMode mode, IfMatch ifMatch,
                            String idempotencyKey, String requestTarget, SubmittedText text, String changeReason) {
        return check(report, caller, mode, ifMatch, idempotencyKey, requestTarget, text, changeReason, queries);
    }

    /** As {@link #check}, reading the roster and the neighbouring years from {@code stored}. */
    public Submission check(AnnualReport report, Caller caller, ValidationMode mode, IfMatch ifMatch,
                            String idempotencyKey, String requestTarget, SubmittedText text, String changeReason,
                            StoredReports stored) {
        requireShape(report);
        access.requireWrite(caller, report);
        ValidationResult verdict = refuseBrokenRules(verdict(report, mode, stored));
        // a key is the caller's own: scoped by subject, and hashed so that any subject and key fit the column
        IdempotencyKey key = idempotencyKey == null ? null : new IdempotencyKey(keyValue(caller, idempotencyKey),
                ReportDocuments.contentHash(requestTarget + "\n" + documents.toJson(report)));
        return new Submission(report, verdict, ifMatch, key, text, caller, changeReason);
    }

    /** What a client's idempotency key is kept as: scoped by the caller's subject, hashed. */
    public static String keyValue(Caller caller, String idempotencyKey) {
        return ReportDocuments.contentHash(caller.subject() + "\n" + idempotencyKey);
    }

    /** The verdict, without storing anything. Refuses a malformed report, and a rule-breaking one in strict mode. */
    public ValidationResult check(AnnualReport report, Caller caller, ValidationMode mode) {
        return refuseBrokenRules(preview(report, caller, mode));
    }

    /** The verdict a submission would get, without refusing for broken rules; refuses only a malformed report. */
    public ValidationResult preview(AnnualReport report, Caller caller, ValidationMode mode) {
        requireShape(report);
        access.requireCheck(caller, report);
        return verdict(report, mode, queries);
    }

    private void requireShape(AnnualReport report) {
        List<FieldError> errors = validator.shapeErrors(report);
        if (!errors.isEmpty()) {
            throw new InvalidReportException(errors);
        }
    }

    /** The arithmetic and the roster: a year in which the roster says the agency did not exist refuses the report. */
    private ValidationResult verdict(AnnualReport report, ValidationMode mode, StoredReports stored) {
        var entry = stored.rosterEntry(report.agency().id()).map(RosterAgency::entry).orElse(null);
        RosterCheck.requireExisted(report, entry);
        var around = stored.publishedAround(report.agency().id(), report.year());
        AnnualReport yearBefore = around.get(report.year() - 1);
        AnnualReport yearAfter = around.get(report.year() + 1);
        ValidationResult arithmetic = validator.verdict(report, mode, yearBefore, yearAfter);
        return ValidationResult.of(mode, arithmetic.violations(),
                Stream.concat(arithmetic.warnings().stream(), roster.warnings(report, entry).stream()).toList());
    }

    private static ValidationResult refuseBrokenRules(ValidationResult verdict) {
        if (verdict.refused()) {
            throw new RuleViolationsException(verdict);
        }
        return verdict;
    }
}
