package gov.disclosure.reports.batch;

import gov.disclosure.access.Caller;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.operations.ReportMetrics;
import gov.disclosure.reports.problem.DomainProblems;
import gov.disclosure.reports.problem.ProblemType;
import gov.disclosure.reports.problem.Problems;
import gov.disclosure.reports.published.PublishedDocuments;
import gov.disclosure.reports.published.PublishedFile;
import gov.disclosure.reports.texts.PublishedReports;
import gov.disclosure.reports.texts.TextReports;
import gov.disclosure.reports.submission.IfMatch;
import gov.disclosure.reports.submission.RevisionStore.Outcome;
import gov.disclosure.reports.submission.RevisionStore.Stored;
import gov.disclosure.reports.validation.ValidationMode;
import gov.disclosure.reports.validation.ValidationResult;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Loads many published files (texts, PDFs, Word files, web pages): each goes the way of a single submission, in a
 * transaction of its own, so that a file refused does not keep the others out. A file for a report that exists with
 * other content is refused (a revision needs If-Match: submit it on its own).
 */
@ApplicationScoped
public class BatchImport {

    private static final Logger LOG = Logger.getLogger(BatchImport.class);

    private final PublishedReports published;
    private final ReportMetrics metrics;

    public BatchImport(PublishedReports published, ReportMetrics metrics) {
        this.published = published;
        this.metrics = metrics;
    }

    public BatchResult load(List<PublishedFile> batch, Caller caller, ValidationMode mode, boolean dryRun) {
        return BatchResult.of(batch.stream().map(file -> load(file, caller, mode, dryRun, null)).toList());
    }

    /**
     * Reads and stores one file, or says why not.
     *
     * @param idempotencyKey the key the submission goes with (a file loaded again with it gets its first answer), or
     *                       null
     */
    public BatchItem load(PublishedFile named, Caller caller, ValidationMode mode, boolean dryRun,
                          String idempotencyKey) {
        TextReports.Read read = null;
        try {
            PublishedReports.Reading reading = published.read(named, PublishedDocuments.Turn.WAIT,
                    TextReports.Given.NOTHING, caller);
            read = reading.read();
            if (dryRun) {
                ValidationResult verdict = published.check(reading, caller, mode);
                return item(named, BatchItem.Outcome.CHECKED, null, null, read, verdict.violations().size(), null);
            }
            Stored stored = published.submit(reading, caller, mode, IfMatch.ABSENT, idempotencyKey, "batch");
            // a batch sends no If-Match: a file is a new report, or says what its report says already
            boolean created = stored.outcome() == Outcome.CREATED;
            return item(named, created ? BatchItem.Outcome.STORED : BatchItem.Outcome.UNCHANGED,
                    stored.reportId(), stored.revision().revision, read,
                    stored.revision().violationCount, null);
        } catch (RuntimeException failure) {
            HttpProblem problem = DomainProblems.of(failure).orElseGet(() -> unexpected(named, failure)).build();
            metrics.refused(ProblemType.slug(problem));
            return item(named, BatchItem.Outcome.REFUSED, null, null, read, null, problem);
        }
    }

    private static HttpProblem.Builder unexpected(PublishedFile named, RuntimeException failure) {
        LOG.errorf(failure, "batch: %s failed unexpectedly", named.name());
        return HttpProblem.builder().withStatus(500).withTitle("Internal Server Error")
                .withDetail("the file could not be processed; the error is logged");
    }

    /** A file refused before it was read (an archive's entry that is unsafe or too large, ...). */
    public static BatchItem refused(String name, RuntimeException failure) {
        HttpProblem problem = DomainProblems.of(failure).orElseThrow(() -> failure).build();
        return new BatchItem(name, BatchItem.Outcome.REFUSED, null, null, null, null, null, null, null, null,
                Problems.asMap(problem));
    }

    private static BatchItem item(PublishedFile named, BatchItem.Outcome outcome, UUID reportId,
                                  Integer revision, TextReports.Read read, Integer violations, HttpProblem problem) {
        AnnualReport report = read == null ? null : read.report();
        return new BatchItem(named.name(), outcome, reportId,
                report == null ? null : report.agency().id(), report == null ? null : report.agency().name(),
                report == null ? null : report.regionCode(), report == null ? null : report.year(), revision,
                read == null ? null : read.source().format(), violations,
                problem == null ? null : Problems.asMap(problem));
    }
}
