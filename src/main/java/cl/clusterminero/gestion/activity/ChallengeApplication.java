package cl.clusterminero.gestion.activity;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A supplier's application to a challenge: a short proposal, and whether the corporation shortlisted it. */
@Entity
@Audited
@Table(name = "challenge_application")
class ChallengeApplication extends AbstractEntity {

    @Column(name = "challenge_id", nullable = false, updatable = false)
    private Long challengeId;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private Long supplierId;

    @Size(max = ChallengeService.PROPOSAL_MAX)
    @Column(nullable = false, length = 1000)
    private String proposal;

    @Column(nullable = false)
    private boolean shortlisted;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 50, updatable = false)
    private String submittedBy;

    protected ChallengeApplication() {
    }

    ChallengeApplication(long challengeId, long supplierId, String proposal, Instant now, String username) {
        this.challengeId = challengeId;
        this.supplierId = supplierId;
        this.proposal = proposal.strip();
        this.submittedAt = now;
        this.submittedBy = username;
    }

    Long getChallengeId() {
        return challengeId;
    }

    boolean isShortlisted() {
        return shortlisted;
    }

    void setShortlisted(boolean shortlisted) {
        this.shortlisted = shortlisted;
    }
}
