package gov.disclosure.rollups.aggregation;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.review.ReviewDecided;
import gov.disclosure.rollups.domain.Contribution;
import gov.disclosure.rollups.domain.RollupChange;
import gov.disclosure.rollups.domain.RollupChanges;
import gov.disclosure.rollups.domain.RollupKey;
import gov.disclosure.rollups.storage.AppliedReport;
import gov.disclosure.rollups.storage.AppliedReview;
import gov.disclosure.rollups.storage.AppliedStore;
import gov.disclosure.rollups.storage.RollupStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Applies events to agencies' reports of a year, a batch of them in one transaction: the rollups move from what
 * each report contributed before to what it contributes after, the changes of the batch folded in memory so that
 * each rollup is written once. A revision applies only if it is newer than the one applied; a review decision only
 * if it is newer than the decision applied, and it counts only while the revision it judged is the one applied (a
 * newer revision is pending again). Anything older (a duplicate, a replay, a late arrival) changes nothing. Events
 * of one agency and year apply in the order given, also within a batch.
 */
@ApplicationScoped
public class RollupUpdater {

    public enum Outcome { APPLIED, ALREADY_APPLIED }

    private final RollupChanges changes;
    private final RollupStore store;
    private final AppliedStore applied;

    public RollupUpdater(RollupChanges changes, RollupStore store, AppliedStore applied) {
        this.changes = changes;
        this.store = store;
        this.applied = applied;
    }

    @Transactional
    public Outcome apply(ReportPublished event) {
        return apply(List.of(event)).get(0);
    }

    @Transactional
    public Outcome apply(ReviewDecided decided) {
        return apply(List.of(decided)).get(0);
    }

    /**
     * @param events revisions ({@link ReportPublished}) and decisions ({@link ReviewDecided}), in the order they came
     * @return what became of each, in the same order
     */
    @Transactional
    public List<Outcome> apply(List<?> events) {
        Set<AppliedReport.Key> keys = new LinkedHashSet<>();
        for (Object event : events) {
            keys.add(event instanceof ReviewDecided decided ? new AppliedReport.Key(decided.agencyId(), decided.year())
                    : new AppliedReport.Key(((ReportPublished) event).agencyId(), ((ReportPublished) event).year()));
        }
        AppliedStore.Applied before = applied.lockAndRead(keys);
        Batch batch = new Batch(before.reports(), before.reviews(), now());
        List<Outcome> outcomes = new ArrayList<>(events.size());
        for (Object event : events) {
            outcomes.add(event instanceof ReviewDecided decided ? batch.apply(decided) : batch.apply((ReportPublished) event));
        }
        store.add(batch.changes, batch.now);
        applied.saveReports(batch.changedReports.values());
        applied.saveReviews(batch.changedReviews.values());
        return outcomes;
    }

    /** The applied revisions and decisions of a batch's agencies, as its events change them, and the rollups' changes. */
    private final class Batch {
        final Map<AppliedReport.Key, AppliedReport> reports;
        final Map<AppliedReport.Key, AppliedReview> reviews;
        final Instant now;
        final SortedMap<RollupKey, RollupChange> changes = new TreeMap<>();
        final Map<AppliedReport.Key, AppliedReport> changedReports = new LinkedHashMap<>();
        final Map<AppliedReport.Key, AppliedReview> changedReviews = new LinkedHashMap<>();

        Batch(Map<AppliedReport.Key, AppliedReport> reports, Map<AppliedReport.Key, AppliedReview> reviews, Instant now) {
            this.reports = reports;
            this.reviews = reviews;
            this.now = now;
        }

        Outcome apply(ReportPublished event) {
            AppliedReport.Key key = new AppliedReport.Key(event.agencyId(), event.year());
            AppliedReport report = reports.get(key);
            if (report != null && event.revision() <= report.revision) {
                return Outcome.ALREADY_APPLIED;
            }
            AppliedReview review = reviews.get(key);
            Contribution before = report == null ? null : report.contribution(review);
            if (report == null) {
                report = new AppliedReport();
                reports.put(key, report);
            }
            report.record(event, now);
            changedReports.put(key, report);
            RollupUpdater.this.changes.addBetween(changes, before, report.contribution(review));
            return Outcome.APPLIED;
        }

        Outcome apply(ReviewDecided decided) {
            AppliedReport.Key key = new AppliedReport.Key(decided.agencyId(), decided.year());
            AppliedReview review = reviews.get(key);
            if (review != null && decided.sequence() <= review.sequence) {
                return Outcome.ALREADY_APPLIED;
            }
            AppliedReport report = reports.get(key);
            Contribution before = report == null ? null : report.contribution(review);
            if (review == null) {
                review = new AppliedReview();
                reviews.put(key, review);
            }
            review.record(decided, now);
            changedReviews.put(key, review);
            if (report != null) {
                RollupUpdater.this.changes.addBetween(changes, before, report.contribution(review));
            }
            return Outcome.APPLIED;
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
