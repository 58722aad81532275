package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * The flag "requires board decision" on an initiative, raised by its program manager or the secretariat with a
 * reason. It stays in the board's review queue until a board member approves or requests changes.
 */
@Entity
@Audited
@Table(name = "decision_request")
class DecisionRequest extends AbstractEntity {

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private Long requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by_review")
    private Long answeredByReview;

    protected DecisionRequest() {
    }

    DecisionRequest(Long initiativeId, String reason, Long requestedBy, Instant requestedAt) {
        this.initiativeId = initiativeId;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void answer(Long reviewId, Instant when) {
        answeredByReview = reviewId;
        answeredAt = when;
    }

    Long getInitiativeId() {
        return initiativeId;
    }

    String getReason() {
        return reason;
    }

    Long getRequestedBy() {
        return requestedBy;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }
}
