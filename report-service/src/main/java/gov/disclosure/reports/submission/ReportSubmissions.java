package gov.disclosure.reports.submission;

import gov.disclosure.reports.storage.ReportNotFoundException;
import gov.disclosure.access.Caller;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.reports.events.ReportEvents;
import gov.disclosure.reports.operations.ReportMetrics;
import gov.disclosure.reports.security.ReportAccess;
import gov.disclosure.reports.storage.IdempotencyRecord;
import gov.disclosure.reports.storage.Report;
import gov.disclosure.reports.storage.ReportDocuments;
import gov.disclosure.reports.storage.ReportRevision;
import gov.disclosure.reports.storage.RevisionOriginal;
import gov.disclosure.reports.submission.RevisionPolicy.Current;
import gov.disclosure.reports.submission.RevisionPolicy.Decision;
import gov.disclosure.reports.validation.InvalidReportException;
import gov.disclosure.reports.validation.ValidationResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores revisions, each with its {@code report-published} event in the same transaction. Writes to one report are
 * serialized by a transaction-scoped lock on (agency, year), so that of two writers naming the same revision exactly
 * one wins; requests with the same Idempotency-Key are serialized too.
 */
@ApplicationScoped
public class ReportSubmissions {

    private final EntityManager entityManager;
    private final ReportDocuments documents;
    private final ReportEvents events;
    private final ReportMetrics metrics;
    private final ReportAccess access;
    private final PublicationDates publication;

    public ReportSubmissions(EntityManager entityManager, ReportDocuments documents, ReportEvents events,
                             ReportMetrics metrics, ReportAccess access, PublicationDates publication) {
        this.access = access;
        this.publication = publication;
        this.entityManager = entityManager;
        this.documents = documents;
        this.events = events;
        this.metrics = metrics;
    }

    /**
     * A report to store, as checked, with the precondition and the idempotency key it came with, and the text it
     * was read from (null for JSON).
     */
    public record Submission(AnnualReport report, ValidationResult validation, IfMatch ifMatch,
                             IdempotencyKey idempotencyKey, SubmittedText text, Caller caller,
                             String changeReason) {

        Submitter submitter() {
            return Submitter.of(caller);
        }
    }

    /** The answer to a write: the HTTP status it earned and the revision it stored or found. */
    public record Stored(int status, UUID reportId, ReportRevision revision) {
    }

    @Transactional
    public Stored submit(Submission submission) {
        IdempotencyKey key = submission.idempotencyKey();
        if (key != null) {
            lock("select cast(pg_advisory_xact_lock(hashtext(?1)) as varchar)", key.value());
            Optional<Stored> replay = replay(key);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        AnnualReport report = submission.report();
        lockReport(report.agency().id(), report.year());
        String document = documents.toJson(report);
        String contentHash = documents.contentHash(report);
        Optional<Report> existing = Report.findByAgencyAndYear(report.agency().id(), report.year());
        // the caller must reach the report as stored, not only as sent: a revision may not move it out of a region
        existing.ifPresent(stored -> access.requireWrite(submission.caller(), stored.agencyId, stored.regionCode));
        ReportRevision latest = existing.map(this::latestRevision).orElse(null);

        Decision decision = RevisionPolicy.submission(current(latest, contentHash, ReportDocuments.contentHash(document)),
                contentHash, submission.ifMatch());
        Stored stored = switch (decision) {
            case CREATE -> stored(201, create(report), submission, document, contentHash);
            case REVISE -> stored(200, existing.orElseThrow(), submission, document, contentHash);
            case UNCHANGED -> new Stored(200, existing.orElseThrow().id, latest);
        };
        if (key != null) {
            remember(key, stored);
        }
        metrics.accepted(decision.name().toLowerCase(Locale.ROOT), kind(submission.text()));
        return stored;
    }

    @Transactional
    public Stored withdraw(String agencyId, int year, IfMatch ifMatch, Caller caller, String changeReason) {
        Submitter submitter = Submitter.of(caller);
        lockReport(agencyId, year);
        Report report = Report.findByAgencyAndYear(agencyId, year)
                .orElseThrow(() -> new ReportNotFoundException("no report of agency " + agencyId + " for " + year));
        access.requireWrite(caller, report.agencyId, report.regionCode);
        ReportRevision latest = latestRevision(report);
        if (RevisionPolicy.withdrawal(current(latest), ifMatch) == Decision.UNCHANGED) {
            metrics.accepted("unchanged", "withdrawal");
            return new Stored(200, report.id, latest);
        }
        // a report stored before numbers were bounded is withdrawn with them rounded: the withdrawal repairs it
        AnnualReport content = documents.report(latest.document);
        String document = documents.readsBack(latest.document, content) ? latest.document : documents.toJson(content);
        ReportRevision withdrawn = nextRevision(report, ReportStatus.WITHDRAWN, document, latest.contentHash,
                submitter);
        withdrawn.changeReason = changeReason;
        withdrawn.validationMode = latest.validationMode;
        withdrawn.violations = latest.violations;
        withdrawn.warnings = latest.warnings;
        withdrawn.violationCount = latest.violationCount;
        withdrawn.warningCount = latest.warningCount;
        withdrawn.persist();
        report.advanceTo(withdrawn, report.agencyName, report.regionCode);
        events.published(withdrawn, content, publication.of(content, report));
        metrics.accepted("withdrawn", "withdrawal");
        return new Stored(200, report.id, withdrawn);
    }

    private Report create(AnnualReport source) {
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.agencyId = source.agency().id();
        report.year = source.year();
        report.createdAt = now();
        return report;
    }

    private Stored stored(int status, Report report, Submission submission, String document, String contentHash) {
        AnnualReport source = submission.report();
        if (!documents.readsBack(document, source)) {
            throw InvalidReportException.of("", "cannot be stored as sent: it would not read back the same");
        }
        ValidationResult validation = submission.validation();
        ReportRevision revision = nextRevision(report, ReportStatus.PUBLISHED, document, contentHash,
                submission.submitter());
        if (submission.text() != null) {
            revision.sourceFormat = submission.text().source().format();
            revision.sourceNotes = documents.toJson(submission.text().source().notes());
            revision.sourceText = submission.text().text();
        }
        revision.changeReason = submission.changeReason();
        revision.validationMode = validation.mode();
        revision.violations = documents.toJson(validation.violations());
        revision.warnings = documents.toJson(validation.warnings());
        revision.violationCount = validation.violations().size();
        revision.warningCount = validation.warnings().size();
        report.advanceTo(revision, source.agency().name(), source.regionCode());
        report.publishedOn = source.publishedOn();
        if (!report.isPersistent()) {
            report.persist();
        }
        revision.persist();
        keepOriginal(revision, submission.text());
        events.published(revision, source, publication.of(source, report));
        return new Stored(status, report.id, revision);
    }

    private static String kind(SubmittedText text) {
        return text == null ? "json" : text.original() == null ? "text" : text.original().format().name().toLowerCase(Locale.ROOT);
    }

    private static void keepOriginal(ReportRevision revision, SubmittedText text) {
        if (text == null || text.original() == null) {
            return;
        }
        RevisionOriginal original = new RevisionOriginal();
        original.revisionId = revision.id;
        original.mediaType = text.original().mediaType();
        original.fileName = text.original().name();
        original.content = text.original().content();
        original.persist();
    }

    private ReportRevision nextRevision(Report report, ReportStatus status, String document, String contentHash,
                                        Submitter submitter) {
        ReportRevision revision = new ReportRevision();
        revision.submittedBy = submitter.subject();
        revision.submittedByAgencies = documents.toJson(submitter.agencyIds());
        revision.id = UUID.randomUUID();
        revision.reportId = report.id;
        revision.revision = report.currentRevision + 1;
        revision.status = status;
        revision.document = document;
        revision.contentHash = contentHash;
        revision.submittedAt = now();
        return revision;
    }

    private ReportRevision latestRevision(Report report) {
        return ReportRevision.find(report.id, report.currentRevision)
                .orElseThrow(() -> new IllegalStateException("report " + report.id + " lost its latest revision"));
    }

    private static Current current(ReportRevision latest) {
        return latest == null ? null : new Current(latest.revision, latest.status, latest.contentHash);
    }

    /**
     * The latest revision, compared by {@code contentHash}; a revision stored while hashes were taken of the numbers
     * as sent ({@code asSentHash}) and that says the same is the same.
     */
    private static Current current(ReportRevision latest, String contentHash, String asSentHash) {
        if (latest == null) {
            return null;
        }
        return new Current(latest.revision, latest.status,
                latest.contentHash.equals(asSentHash) ? contentHash : latest.contentHash);
    }

    private Optional<Stored> replay(IdempotencyKey key) {
        return Optional.ofNullable(IdempotencyRecord.<IdempotencyRecord>findById(key.value())).map(first -> {
            if (!first.fingerprint.equals(key.fingerprint())) {
                throw new IdempotencyKeyReusedException();
            }
            ReportRevision revision = ReportRevision.find(first.reportId, first.revision).orElseThrow();
            return new Stored(first.statusCode, first.reportId, revision);
        });
    }

    private void remember(IdempotencyKey key, Stored stored) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.key = key.value();
        record.fingerprint = key.fingerprint();
        record.statusCode = stored.status();
        record.reportId = stored.reportId();
        record.revision = stored.revision().revision;
        record.createdAt = now();
        record.persist();
    }

    private void lockReport(String agencyId, int year) {
        lock("select cast(pg_advisory_xact_lock(hashtext(?1), ?2) as varchar)", agencyId, year);
    }

    private void lock(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.getSingleResult();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
