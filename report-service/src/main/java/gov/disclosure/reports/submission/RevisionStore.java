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
import gov.disclosure.reports.events.OutboxEvent;
import gov.disclosure.reports.storage.PrefetchedReports;
import gov.disclosure.reports.storage.ReportDocuments;
import gov.disclosure.reports.storage.ReportQueries;
import gov.disclosure.reports.storage.StoredReports;
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
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Stores revisions, each with its {@code report-published} event in the same transaction. Writes to one report are
 * serialized by a transaction-scoped lock on (agency, year), so that of two writers naming the same revision exactly
 * one wins; requests with the same Idempotency-Key are serialized too.
 */
@ApplicationScoped
public class RevisionStore {

    private final EntityManager entityManager;
    private final ReportDocuments documents;
    private final ReportEvents events;
    private final ReportMetrics metrics;
    private final ReportAccess access;
    private final PublicationDates publication;
    private final ReportQueries queries;

    public RevisionStore(EntityManager entityManager, ReportDocuments documents, ReportEvents events,
                             ReportMetrics metrics, ReportAccess access, PublicationDates publication,
                             ReportQueries queries) {
        this.queries = queries;
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

    /** What a write did: the resources answer each with their status (201 for CREATED, 200 for the others). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "WriteOutcome",
            description = "What a write did: CREATED a new report, REVISED it, found it UNCHANGED, or WITHDRAWN it")
    public enum Outcome {
        /** Stored revision 1 of a new report. */
        CREATED,
        /** Stored the next revision of an existing report. */
        REVISED,
        /** The report already said this (or was withdrawn already): nothing stored. */
        UNCHANGED,
        /** Stored a withdrawn revision. */
        WITHDRAWN
    }

    /**
     * The answer to a write: what it did and the revision it stored or found.
     *
     * @param written the report as this write left it, when it stored a revision (not yet reviewed, then); null when
     *                it stored nothing (unchanged, or the answer to a request made before with its idempotency key)
     * @param content what the revision stored says, as its document reads back, when this write stored it; null
     *                otherwise (read it from the revision's document)
     */
    public record Stored(Outcome outcome, UUID reportId, ReportRevision revision, Report written,
                         AnnualReport content) {

        Stored(Outcome outcome, UUID reportId, ReportRevision revision) {
            this(outcome, reportId, revision, null, null);
        }
    }

    /**
     * Checks and stores one report in a transaction of its own: takes its locks, reads what it needs of the stored
     * reports under them ({@link PrefetchedReports#around}), has {@code check} make the submission of it (or refuse
     * it, by an exception), and stores that.
     *
     * @param idempotencyKey the value of the request's idempotency key ({@link ReportIntake#keyValue}), or null
     */
    @Transactional
    public Stored store(AnnualReport report, String idempotencyKey, Function<StoredReports, Submission> check) {
        lock(idempotencyKey == null ? List.of() : List.of(idempotencyKey), report == null ? List.of() : List.of(report));
        StoredReports stored = PrefetchedReports.around(report, idempotencyKey, documents);
        Writes writes = new Writes();
        Stored result = store(check.apply(stored), writes, stored);
        writes.persist(events);
        return result;
    }

    /** Persists what {@link #store} added to {@code writes}, in the caller's transaction. */
    public void persist(Writes writes) {
        writes.persist(events);
    }

    /**
     * Takes the transaction-scoped locks of submissions not checked yet, all in one statement: their idempotency keys'
     * values (see {@link ReportIntake#keyValue}), then their reports as sent (agency, year; those without either need
     * no lock), each kind in one order, so that two writers never wait on each other.
     */
    public void lock(Collection<String> idempotencyKeys, Collection<AnnualReport> sent) {
        String keys = idempotencyKeys.stream().distinct().collect(Collectors.joining(SEPARATOR));
        String reports = sent.stream()
                .filter(report -> report.agency() != null && report.agency().id() != null && report.year() != null)
                // an id with control characters is refused by the checks; it must not break the list of locks
                .filter(report -> report.agency().id().chars().noneMatch(Character::isISOControl))
                .map(report -> report.agency().id() + FIELD + report.year()).distinct()
                .collect(Collectors.joining(SEPARATOR));
        if (keys.isEmpty() && reports.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery(LOCKS).setParameter(1, keys).setParameter(2, reports).getSingleResult();
    }

    private static final String SEPARATOR = "\u001f";
    private static final String FIELD = "\u001e";
    private static final String LOCKS = """
            select cast(count(case when k.kind = 0 then cast(pg_advisory_xact_lock(hashtext(k.name)) as varchar)
                                   else cast(pg_advisory_xact_lock(hashtext(k.name), k.year) as varchar) end) as varchar)
            from (select 0 as kind, name, 0 as year from unnest(string_to_array(?1, chr(31))) as name
                  union all
                  select 1, split_part(pair, chr(30), 1), cast(split_part(pair, chr(30), 2) as integer)
                  from unnest(string_to_array(?2, chr(31))) as pair
                  order by 1, 2, 3) as k""";

    /**
     * Stores one submission: its rows are added to {@code writes}, to be persisted by the caller. The caller's
     * transaction holds the submission's locks ({@link #lock}), and has persisted and flushed the writes of any
     * earlier submission for the same report or idempotency key. A submission refused (an exception) adds nothing
     * and changes no entity.
     */
    public Stored store(Submission submission, Writes writes) {
        return store(submission, writes, queries);
    }

    /**
     * As {@link #store(Submission, Writes)}, reading the report it changes and the first answer to its idempotency key
     * from {@code state}, and telling it.
     */
    public Stored store(Submission submission, Writes writes, StoredReports state) {
        IdempotencyKey key = submission.idempotencyKey();
        if (key != null) {
            Optional<Stored> replay = replay(key, state);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        AnnualReport report = submission.report();
        String document = documents.toJson(report);
        String contentHash = documents.contentHash(report);
        Optional<ReportQueries.Latest> existing = state.latest(report.agency().id(), report.year());
        // the caller must reach the report as stored, not only as sent: a revision may not move it out of a region
        existing.ifPresent(stored -> access.requireWrite(submission.caller(), stored.report().agencyId,
                stored.report().regionCode));
        ReportRevision latest = existing.map(ReportQueries.Latest::revision).orElse(null);

        Decision decision = RevisionPolicy.submission(current(latest, contentHash, document), contentHash,
                submission.ifMatch());
        Stored stored = switch (decision) {
            case CREATE -> stored(Outcome.CREATED, create(report), submission, document, contentHash, writes, state);
            case REVISE -> stored(Outcome.REVISED, existing.orElseThrow().report(), submission, document, contentHash,
                    writes, state);
            case UNCHANGED -> new Stored(Outcome.UNCHANGED, existing.orElseThrow().report().id, latest);
        };
        if (key != null) {
            writes.add(record(key, stored));
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
            return new Stored(Outcome.UNCHANGED, report.id, latest);
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
        return new Stored(Outcome.WITHDRAWN, report.id, withdrawn, report, null);
    }

    private Report create(AnnualReport source) {
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.agencyId = source.agency().id();
        report.year = source.year();
        report.createdAt = now();
        return report;
    }

    private Stored stored(Outcome outcome, Report report, Submission submission, String document, String contentHash,
                          Writes writes, StoredReports state) {
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
        // the last check (an event consumers could not read) comes before the first change
        OutboxEvent event = events.publishedEvent(revision, source, publication.of(source, report));
        report.advanceTo(revision, source.agency().name(), source.regionCode());
        report.publishedOn = source.publishedOn();
        // a new report is written with its first revision; one stored before (or earlier in this chunk, and written
        // with it) is updated where it stands (asking the session whether it holds the report costs more)
        if (outcome == Outcome.CREATED) {
            writes.add(report);
        }
        writes.add(revision);
        original(revision, submission.text()).ifPresent(writes::add);
        writes.add(event);
        state.stored(report, revision, source);
        // the document reads back as the report sent (readsBack above): what an answer shows of it need not be read
        return new Stored(outcome, report.id, revision, report, source);
    }

    private static String kind(SubmittedText text) {
        return text == null ? "json" : text.original() == null ? "text" : text.original().format().name().toLowerCase(Locale.ROOT);
    }

    private static Optional<RevisionOriginal> original(ReportRevision revision, SubmittedText text) {
        if (text == null || text.original() == null) {
            return Optional.empty();
        }
        RevisionOriginal original = new RevisionOriginal();
        original.revisionId = revision.id;
        original.mediaType = text.original().mediaType();
        original.fileName = text.original().name();
        original.content = text.original().content();
        return Optional.of(original);
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
     * The latest revision, compared by {@code contentHash}; a revision stored while hashes were taken of the document
     * as written ({@code document}) and that says the same is the same. That older hash is taken only when the
     * revision's differs, since it costs a digest of the whole document.
     */
    private static Current current(ReportRevision latest, String contentHash, String document) {
        if (latest == null) {
            return null;
        }
        boolean same = latest.contentHash.equals(contentHash)
                || latest.contentHash.equals(ReportDocuments.contentHash(document));
        return new Current(latest.revision, latest.status, same ? contentHash : latest.contentHash);
    }

    private Optional<Stored> replay(IdempotencyKey key, StoredReports state) {
        return state.idempotencyRecord(key.value()).map(first -> {
            if (!first.fingerprint.equals(key.fingerprint())) {
                throw new IdempotencyKeyReusedException();
            }
            ReportRevision revision = ReportRevision.find(first.reportId, first.revision).orElseThrow();
            return new Stored(outcome(first), first.reportId, revision);
        });
    }

    /** A record written before outcomes were kept says only its status: 201 was CREATED, 200 answers the same. */
    private static Outcome outcome(IdempotencyRecord record) {
        if (record.outcome != null) {
            return Outcome.valueOf(record.outcome);
        }
        return record.statusCode != null && record.statusCode == 201 ? Outcome.CREATED : Outcome.UNCHANGED;
    }

    private static IdempotencyRecord record(IdempotencyKey key, Stored stored) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.key = key.value();
        record.fingerprint = key.fingerprint();
        record.outcome = stored.outcome().name();
        record.reportId = stored.reportId();
        record.revision = stored.revision().revision;
        record.createdAt = now();
        return record;
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
