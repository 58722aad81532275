package cl.clusterminero.gestion.member;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One step of a member's membership history: who moved it from which status to which, effective when, and why. */
@Entity
@Table(name = "member_status_change")
class StatusChange extends AbstractEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private MembershipStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private MembershipStatus toStatus;

    @Column(name = "effective_date", updatable = false)
    private LocalDate effectiveDate;

    @Column(length = 500, updatable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 50, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected StatusChange() {
    }

    StatusChange(Long memberId, MembershipStatus fromStatus, MembershipStatus toStatus, LocalDate effectiveDate,
                 String reason, String changedBy, Instant changedAt) {
        this.memberId = memberId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.effectiveDate = effectiveDate;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
