package gov.disclosure.reports.review;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.disclosure.access.Caller;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.reports.events.ReportEvents;
import gov.disclosure.reports.security.ReviewAccess;
import gov.disclosure.reports.storage.Report;
import gov.disclosure.reports.storage.ReportDocuments;
import gov.disclosure.reports.storage.ReportRevision;
import gov.disclosure.reports.storage.ReviewDecisionRecord;
import gov.disclosure.reports.storage.ReportNotFoundException;
import gov.disclosure.reports.validation.FieldError;
import gov.disclosure.review.ReviewComment;
import gov.disclosure.review.ReviewDecided;
import gov.disclosure.review.ReviewDecision;
import gov.disclosure.review.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Records reviewers' decisions on revisions. Every decision is kept (with who and when) and published as a
 * {@code review-decided} event in the same transaction. A decision on the current revision sets where the report
 * stands; a decision on an earlier revision is kept with that revision only. Decisions and new revisions of a report
 * take the same lock, so that "current" means the same to both.
 */
@ApplicationScoped
public class ReviewDecisions {

    static final int MAX_COMMENTS = 200;
    static final int MAX_COMMENT_LENGTH = 2_000;

    private final EntityManager entityManager;
    private final ReportDocuments documents;
    private final ReportEvents events;
    private final ReviewAccess access;
    private final ObjectMapper mapper;

    public ReviewDecisions(EntityManager entityManager, ReportDocuments documents, ReportEvents events,
                           ReviewAccess access, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.documents = documents;
        this.events = events;
        this.access = access;
        this.mapper = mapper;
    }

    @Transactional
    public ReviewRecord decide(String agencyId, int year, int revision, ReviewRequest request, Caller caller) {
        String what = "report of agency %s for %d".formatted(agencyId, year);
        entityManager.createNativeQuery("select cast(pg_advisory_xact_lock(hashtext(?1), ?2) as varchar)")
                .setParameter(1, agencyId).setParameter(2, year).getSingleResult();
        Report report = access.requireReviewer(caller, Report.findByAgencyAndYear(agencyId, year).orElse(null), what);
        ReportRevision judged = ReportRevision.find(report.id, revision).orElseThrow(() ->
                new ReportNotFoundException("the %s has no revision %d".formatted(what, revision)));
        if (judged.status == ReportStatus.WITHDRAWN) {
            throw new NotReviewableException("revision %d of the %s records its withdrawal: there is no report in it "
                    + "to decide on".formatted(revision, what));
        }
        AnnualReport document = documents.report(judged.document);
        access.requireRevisionRegion(caller, document.regionCode(), what);
        ReviewDecision decision = checked(request, mapper.valueToTree(document));

        ReviewDecisionRecord record = new ReviewDecisionRecord();
        record.id = UUID.randomUUID();
        record.reportId = report.id;
        record.revision = revision;
        record.sequence = ReviewDecisionRecord.count(report.id) + 1;
        record.decision = decision;
        record.comments = documents.toJson(comments(request));
        record.decidedBy = caller.subject();
        record.decidedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        record.persist();
        if (revision == report.currentRevision) {
            report.reviewStatus = ReviewStatus.of(decision);
        }
        events.decided(new ReviewDecided(report.id, agencyId, report.regionCode, year, revision, record.sequence,
                decision, comments(request), record.decidedBy, record.decidedAt));
        return view(record);
    }

    public List<ReviewRecord> history(Report report) {
        return ReviewDecisionRecord.history(report.id).stream().map(this::view).toList();
    }

    /** The latest decision on the revision, or PENDING. */
    public Review of(UUID reportId, int revision) {
        return ReviewDecisionRecord.latest(reportId, revision)
                .map(record -> new Review(ReviewStatus.of(record.decision), comments(record), record.decidedBy,
                        record.decidedAt))
                .orElse(Review.PENDING);
    }

    private ReviewRecord view(ReviewDecisionRecord record) {
        return new ReviewRecord(record.revision, record.sequence, record.decision, comments(record), record.decidedBy,
                record.decidedAt);
    }

    private List<ReviewComment> comments(ReviewDecisionRecord record) {
        return documents.reviewComments(record.comments);
    }

    private static List<ReviewComment> comments(ReviewRequest request) {
        return request.comments() == null ? List.of() : request.comments().stream()
                .map(comment -> new ReviewComment(comment.pointer(), comment.text().strip())).toList();
    }

    /** The decision asked for, if the request is one; every pointer must name a place of the judged report. */
    private static ReviewDecision checked(ReviewRequest request, JsonNode report) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw new InvalidReviewException(List.of(new FieldError("", "the body must be a decision (a JSON object)")));
        }
        ReviewDecision decision = null;
        try {
            decision = request.decision() == null ? null
                    : ReviewDecision.valueOf(request.decision().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (decision == null) {
            errors.add(new FieldError("/decision", "must be ACCEPTED or RETURNED"));
        }
        List<ReviewComment> comments = request.comments() == null ? List.of() : request.comments();
        if (decision == ReviewDecision.RETURNED && comments.isEmpty()) {
            errors.add(new FieldError("/comments", "a return must say what to correct: at least one comment"));
        }
        if (comments.size() > MAX_COMMENTS) {
            errors.add(new FieldError("/comments", "must be at most %d comments".formatted(MAX_COMMENTS)));
        }
        for (int i = 0; i < Math.min(comments.size(), MAX_COMMENTS); i++) {
            ReviewComment comment = comments.get(i);
            if (comment == null || comment.text() == null || comment.text().isBlank()
                    || comment.text().length() > MAX_COMMENT_LENGTH) {
                errors.add(new FieldError("/comments/%d/text".formatted(i),
                        "must be the remark, 1 to %d characters".formatted(MAX_COMMENT_LENGTH)));
            }
            if (comment != null && comment.pointer() != null && !names(report, comment.pointer())) {
                errors.add(new FieldError("/comments/%d/pointer".formatted(i),
                        "must be a JSON pointer to a place of the report, such as /applications/newlyReceived/total"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidReviewException(errors);
        }
        return decision;
    }

    private static boolean names(JsonNode report, String pointer) {
        try {
            return pointer.startsWith("/") && !report.at(JsonPointer.compile(pointer)).isMissingNode();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
