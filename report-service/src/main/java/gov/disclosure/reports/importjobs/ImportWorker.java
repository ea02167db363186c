package gov.disclosure.reports.importjobs;

import gov.disclosure.access.Caller;
import gov.disclosure.reports.batch.BatchImport;
import gov.disclosure.reports.batch.BatchItem;
import gov.disclosure.reports.published.PublishedFile;
import gov.disclosure.reports.published.UnreadableDocumentException;
import gov.disclosure.reports.published.UnreadableDocumentException.Reason;
import gov.disclosure.reports.validation.ValidationMode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the files of running jobs, one at a time, each as a batch reads its files. A file is claimed with a lease
 * (FOR UPDATE SKIP LOCKED, so that several replicas share the work); a claim whose worker died is taken again once
 * its lease ends. Each file is submitted with an Idempotency-Key of its own, so that a file whose report was stored
 * just before its worker died gets the answer it got then, not a second revision.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);
    /** A tick reads files for at most this long, so that shutdown does not wait on a long job. */
    private static final Duration TICK = Duration.ofSeconds(20);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private Duration pause = Duration.ZERO;
    private Instant pausedUntil = Instant.MIN;

    private final EntityManager entityManager;
    private final ImportJobs jobs;
    private final BatchImport batch;
    private final ImportLimits limits;

    public ImportWorker(EntityManager entityManager, ImportJobs jobs, BatchImport batch, ImportLimits limits) {
        this.entityManager = entityManager;
        this.jobs = jobs;
        this.batch = batch;
        this.limits = limits;
    }

    /** The file claimed, with its job's caller and mode. */
    private record Claimed(UUID id, PublishedFile file, Caller caller, ValidationMode mode, int attempts,
                           String key) {
    }

    @Scheduled(every = "${reports.imports.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Running.class)
    void work() {
        if (Instant.now().isBefore(pausedUntil)) {
            return;
        }
        try {
            Instant until = Instant.now().plus(TICK);
            while (Instant.now().isBefore(until) && Running.running) {
                Optional<Claimed> claimed = QuarkusTransaction.requiringNew().call(this::claim);
                if (claimed.isEmpty()) {
                    break;
                }
                read(claimed.get());
            }
            pause = Duration.ZERO;
        } catch (RuntimeException failure) {
            // the database is down, most likely: claimed files wait for their lease to end; try again, less often
            pause = pause.isZero() ? Duration.ofSeconds(1) : pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0
                    ? MAX_PAUSE : pause.multipliedBy(2);
            pausedUntil = Instant.now().plus(pause);
            LOG.warnf("import jobs: cannot read files now (%s); trying again in %s", failure.getMessage(), pause);
        }
    }

    private void read(Claimed claimed) {
        BatchItem item;
        if (claimed.attempts() > limits.maxAttempts()) {
            item = BatchImport.refused(claimed.file().name(), new UnreadableDocumentException(Reason.DAMAGED,
                    "%s was tried %d times and never read to the end: refused".formatted(claimed.file().name(),
                            claimed.attempts() - 1)));
        } else {
            item = batch.load(claimed.file(), claimed.caller(), claimed.mode(), false, claimed.key());
        }
        if (item.failedUnexpectedly() && claimed.attempts() <= limits.maxAttempts()) {
            // not the file's fault (the database went away mid-way, a bug): it is tried again when its lease ends
            LOG.warnf("import jobs: %s failed (%d); tried again after its lease", claimed.file().name(),
                    item.problemStatus());
            return;
        }
        jobs.record(claimed.id(), item);
    }

    @SuppressWarnings("unchecked")
    private Optional<Claimed> claim() {
        List<Object> ids = entityManager.createNativeQuery("""
                        update import_file set state = 'CLAIMED', claimed_until = now() + cast(?1 as interval),
                               attempts = attempts + 1
                        where id = (select f.id from import_file f join import_job j on j.id = f.job_id
                                    where j.status = 'RUNNING'
                                      and (f.state = 'PENDING' or f.state = 'CLAIMED' and f.claimed_until < now())
                                    order by j.created_at, f.seq limit 1
                                    for update of f skip locked)
                        returning cast(id as varchar)""")
                .setParameter(1, limits.lease().toMillis() + " milliseconds").getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        ImportFile file = ImportFile.findById(UUID.fromString((String) ids.get(0)));
        entityManager.refresh(file);
        ImportJob job = ImportJob.findById(file.jobId);
        return Optional.of(new Claimed(file.id, new PublishedFile(file.name, file.contentType, file.content),
                jobs.callerOf(job), ValidationMode.valueOf(job.validationMode), file.attempts,
                "import:" + file.id));
    }

    /** Opens on start, closes on shutdown: no tick touches the database before it is there or after it is gone. */
    @Singleton
    public static class Running implements Scheduled.SkipPredicate {
        static volatile boolean running;

        void start(@Observes StartupEvent event) {
            running = true;
        }

        void stop(@Observes ShutdownEvent event) {
            running = false;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !running;
        }
    }
}
