package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A board member's signed decision on an initiative, with a comment. Part of the record: never changed. */
@Entity
@Audited
@Table(name = "board_review")
class BoardReview extends AbstractEntity {

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Column(name = "reviewer_id", nullable = false, updatable = false)
    private Long reviewerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReviewDecision decision;

    @Column(nullable = false, length = 2000, updatable = false)
    private String comment;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private Instant reviewedAt;

    protected BoardReview() {
    }

    BoardReview(Long initiativeId, Long reviewerId, ReviewDecision decision, String comment, Instant reviewedAt) {
        this.initiativeId = initiativeId;
        this.reviewerId = reviewerId;
        this.decision = decision;
        this.comment = comment;
        this.reviewedAt = reviewedAt;
    }

    Long getReviewerId() {
        return reviewerId;
    }

    ReviewDecision getDecision() {
        return decision;
    }

    String getComment() {
        return comment;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }
}
