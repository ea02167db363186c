package gov.disclosure.reports.storage;

import gov.disclosure.review.ReviewDecision;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A reviewer's decision on a revision, kept as made (the database refuses changes). */
@Entity
@Immutable
@Table(name = "review_decision")
public class ReviewDecisionRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(nullable = false)
    public int revision;

    /** The decision's number among the report's decisions, from 1. */
    @Column(nullable = false)
    public int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewDecision decision;

    /** JSON array of the comments. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String comments;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    public static List<ReviewDecisionRecord> history(UUID reportId) {
        return list("reportId = ?1 order by sequence", reportId);
    }

    /** The latest decision on one revision, if any. */
    public static Optional<ReviewDecisionRecord> latest(UUID reportId, int revision) {
        return find("reportId = ?1 and revision = ?2 order by sequence desc", reportId, revision).firstResultOptional();
    }

    public static int count(UUID reportId) {
        return (int) count("reportId", reportId);
    }
}
