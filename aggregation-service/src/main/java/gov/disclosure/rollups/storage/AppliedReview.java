package gov.disclosure.rollups.storage;

import gov.disclosure.review.ReviewDecided;
import gov.disclosure.review.ReviewDecision;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** The latest review decision applied for an agency's report of a year, on the revision it judged. */
@Entity
@Table(name = "applied_review")
@IdClass(AppliedReview.Key.class)
public class AppliedReview extends PanacheEntityBase {

    public record Key(String agencyId, int year) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "agency_id")
    public String agencyId;

    @Id
    public int year;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewDecision decision;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;

    public static AppliedReview find(String agencyId, int year) {
        return findById(new Key(agencyId, year));
    }

    /** Whether this decision accepts {@code revision}: a decision on another revision says nothing of it. */
    public static boolean accepts(AppliedReview review, int revision) {
        return review != null && review.revision == revision && review.decision == ReviewDecision.ACCEPTED;
    }

    public void record(ReviewDecided decided, Instant now) {
        agencyId = decided.agencyId();
        year = decided.year();
        revision = decided.revision();
        sequence = decided.sequence();
        decision = decided.decision();
        appliedAt = now;
    }
}
