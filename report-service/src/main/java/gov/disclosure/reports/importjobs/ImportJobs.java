package gov.disclosure.reports.importjobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.disclosure.access.Caller;
import gov.disclosure.reports.batch.BatchImport;
import gov.disclosure.reports.batch.BatchItem;
import gov.disclosure.reports.importjobs.ImportFile.State;
import gov.disclosure.reports.importjobs.ImportJob.Status;
import gov.disclosure.reports.published.DocumentLimits;
import gov.disclosure.reports.published.PublishedFile;
import gov.disclosure.reports.security.OutsideScopeException;
import gov.disclosure.reports.storage.ReportNotFoundException;
import gov.disclosure.reports.validation.ValidationMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Import jobs: made from uploaded files, read by {@link ImportWorker}, seen and cancelled by who sent them. */
@ApplicationScoped
public class ImportJobs {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final ImportLimits limits;
    private final DocumentLimits documents;

    public ImportJobs(EntityManager entityManager, ObjectMapper json, ImportLimits limits, DocumentLimits documents) {
        this.entityManager = entityManager;
        this.json = json;
        this.limits = limits;
        this.documents = documents;
    }

    /** The files of an upload: a zip's entries (each checked), anything else as it came. */
    public List<IncomingFile> unpack(List<PublishedFile> uploads) {
        ZipArchive zip = new ZipArchive(documents.maxFileSize().asLongValue(),
                limits.maxUnpackedSize().asLongValue(), limits.maxFiles());
        List<IncomingFile> files = new ArrayList<>();
        for (PublishedFile upload : uploads) {
            if (ZipArchive.isArchive(upload.contentType(), upload.name())) {
                files.addAll(zip.files(upload.name() == null ? "archive.zip" : upload.name(), upload.content()));
            } else {
                files.add(new IncomingFile.ToRead(upload));
            }
        }
        return files;
    }

    /** Keeps the files of a new job; those refused already are done with. */
    @Transactional
    public ImportJobView create(Caller caller, ValidationMode mode, List<IncomingFile> files) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.status = Status.RUNNING;
        job.createdAt = Instant.now();
        job.submittedBy = caller.subject() == null ? "" : caller.subject();
        job.caller = write(new StoredCaller(caller.subject(), caller.roles(), caller.agencyIds(), caller.regionCode()));
        job.validationMode = mode.name();
        job.total = files.size();
        job.persist();
        int seq = 0;
        for (IncomingFile incoming : files) {
            ImportFile file = new ImportFile();
            file.id = UUID.randomUUID();
            file.jobId = job.id;
            file.seq = seq++;
            file.name = incoming.name() == null ? "file " + seq : incoming.name();
            if (incoming instanceof IncomingFile.ToRead toRead) {
                file.contentType = toRead.file().contentType();
                file.content = toRead.file().content();
                file.state = State.PENDING;
            } else {
                IncomingFile.Refused refused = (IncomingFile.Refused) incoming;
                finish(file, BatchImport.refused(file.name, refused.problem()));
            }
            file.persist();
        }
        entityManager.flush();
        finishIfRead(job);
        return view(job, true);
    }

    public ImportJobView view(UUID id, Caller caller) {
        return view(reachable(id, caller), true);
    }

    /** The caller's latest jobs (an admin's: everyone's), newest first. */
    public List<ImportJobView> list(Caller caller, int limit) {
        List<ImportJob> jobs = caller.isAdmin()
                ? ImportJob.find("order by createdAt desc").page(0, limit).list()
                : ImportJob.find("submittedBy = ?1 order by createdAt desc", caller.subject()).page(0, limit).list();
        return jobs.stream().map(job -> view(job, false)).toList();
    }

    /** Stops the job: files not yet claimed are skipped (a file being read is finished). Done jobs stay as they are. */
    @Transactional
    public ImportJobView cancel(UUID id, Caller caller) {
        ImportJob job = reachable(id, caller);
        entityManager.lock(job, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (job.status == Status.RUNNING) {
            job.status = Status.CANCELLED;
            job.finishedAt = Instant.now();
            ImportFile.update("state = ?1, content = null where jobId = ?2 and state = ?3", State.SKIPPED, job.id,
                    State.PENDING);
        }
        return view(job, true);
    }

    /** Records what became of a claimed file, and ends the job when it was its last. */
    @Transactional
    void record(UUID fileId, BatchItem item) {
        ImportFile file = ImportFile.findById(fileId);
        if (file == null || file.state != State.CLAIMED) {
            return;
        }
        finish(file, item);
        entityManager.flush();
        ImportJob job = ImportJob.findById(file.jobId);
        entityManager.lock(job, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        finishIfRead(job);
    }

    private void finish(ImportFile file, BatchItem item) {
        file.state = State.DONE;
        file.content = null;
        file.claimedUntil = null;
        file.outcome = item.outcome().name();
        file.result = write(item);
    }

    private void finishIfRead(ImportJob job) {
        long waiting = ImportFile.count("jobId = ?1 and state in (?2, ?3)", job.id, State.PENDING, State.CLAIMED);
        if (waiting == 0 && job.status == Status.RUNNING) {
            job.status = Status.DONE;
            job.finishedAt = Instant.now();
        }
    }

    /** The caller a job acts for, as kept with it. */
    record StoredCaller(String subject, java.util.Set<String> roles, java.util.Set<String> agencyIds,
                        String regionCode) {
    }

    Caller callerOf(ImportJob job) {
        try {
            StoredCaller stored = json.readValue(job.caller, StoredCaller.class);
            return new Caller(stored.subject(), stored.roles(), stored.agencyIds(), stored.regionCode());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportJob reachable(UUID id, Caller caller) {
        ImportJob job = id == null ? null : ImportJob.findById(id);
        if (job == null) {
            throw new ReportNotFoundException("no import job " + id);
        }
        if (!caller.isAdmin() && !job.submittedBy.equals(caller.subject())) {
            throw new OutsideScopeException("import job " + id + " is another caller's");
        }
        return job;
    }

    private ImportJobView view(ImportJob job, boolean withRefusals) {
        Map<String, Integer> outcomes = new HashMap<>();
        Map<State, Integer> states = new EnumMap<>(State.class);
        List<Object[]> rows = entityManager.createQuery("select f.state, f.outcome, count(f) from ImportFile f "
                + "where f.jobId = ?1 group by f.state, f.outcome", Object[].class).setParameter(1, job.id).getResultList();
        for (Object[] row : rows) {
            int count = ((Number) row[2]).intValue();
            states.merge((State) row[0], count, Integer::sum);
            if (row[1] != null) {
                outcomes.merge((String) row[1], count, Integer::sum);
            }
        }
        List<ImportJobView.Refusal> refusals = withRefusals ? refusals(job) : null;
        return new ImportJobView(job.id, job.status, job.createdAt, job.finishedAt, job.total,
                states.getOrDefault(State.DONE, 0), outcomes.getOrDefault("STORED", 0),
                outcomes.getOrDefault("UNCHANGED", 0), outcomes.getOrDefault("REFUSED", 0),
                states.getOrDefault(State.SKIPPED, 0), refusals);
    }

    private List<ImportJobView.Refusal> refusals(ImportJob job) {
        List<ImportFile> refused = ImportFile.find("jobId = ?1 and outcome = 'REFUSED' order by seq", job.id).list();
        return refused.stream().map(file -> {
            BatchItem item = read(file.result);
            return new ImportJobView.Refusal(file.name, item.problemStatus(), item.problem());
        }).toList();
    }

    private BatchItem read(String result) {
        try {
            return json.readValue(result, BatchItem.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
