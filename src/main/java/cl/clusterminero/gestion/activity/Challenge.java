package cl.clusterminero.gestion.activity;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A mining company's challenge to suppliers, and where it stands; every state change is dated and signed. */
@Entity
@Audited
@Table(name = "challenge")
class Challenge extends AbstractEntity {

    @Column(name = "mining_company_id", nullable = false, updatable = false)
    private Long miningCompanyId;

    @Size(max = ChallengeService.TITLE_MAX)
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = ChallengeService.PROBLEM_MAX)
    @Column(nullable = false, length = 2000)
    private String problem;

    @Size(max = ChallengeService.OPERATION_MAX)
    @Column(nullable = false, length = 200)
    private String operation;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChallengeStatus status;

    @Column(name = "winner_id")
    private Long winnerId;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "status_changed_by", nullable = false, length = 50)
    private String statusChangedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Challenge() {
    }

    Challenge(ChallengeDraft draft, Instant now, String username) {
        miningCompanyId = draft.miningCompanyId();
        title = draft.title().strip();
        problem = draft.problem().strip();
        operation = draft.operation().strip();
        deadline = draft.deadline();
        createdAt = now;
        moveTo(ChallengeStatus.PUBLISHED, null, now, username);
    }

    void moveTo(ChallengeStatus next, Long winner, Instant now, String username) {
        status = next;
        winnerId = winner;
        statusChangedAt = now;
        statusChangedBy = username;
    }

    ChallengeDraft toDraft() {
        return new ChallengeDraft(miningCompanyId, title, problem, operation, deadline);
    }

    ChallengeStatus getStatus() {
        return status;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    Long getWinnerId() {
        return winnerId;
    }

    Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    String getStatusChangedBy() {
        return statusChangedBy;
    }
}
