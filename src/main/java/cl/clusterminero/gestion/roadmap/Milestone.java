package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "milestone")
class Milestone extends AbstractEntity {

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Positive
    @Column(nullable = false)
    private int weight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MilestoneStatus status;

    @Min(0)
    @Max(100)
    @Column(name = "percent_complete", nullable = false)
    private int percentComplete;

    @Column(name = "completed_date")
    private LocalDate completedDate;

    @Size(max = 500)
    @Column(name = "evidence_url", length = 500)
    private String evidenceUrl;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    protected Milestone() {
    }

    Milestone(Long initiativeId, String title, LocalDate dueDate, int weight, Instant now, String username) {
        this.initiativeId = initiativeId;
        this.title = title;
        this.dueDate = dueDate;
        this.weight = weight;
        this.status = MilestoneStatus.PENDING;
        this.updatedAt = now;
        this.updatedBy = username;
    }

    void plan(String newTitle, LocalDate newDueDate, int newWeight, String newEvidenceUrl) {
        title = newTitle;
        dueDate = newDueDate;
        weight = newWeight;
        evidenceUrl = newEvidenceUrl;
    }

    void progress(MilestoneStatus newStatus, int newPercent, LocalDate newCompletedDate, Instant now,
                  String username) {
        status = newStatus;
        percentComplete = newStatus == MilestoneStatus.DONE ? 100 : newPercent;
        completedDate = newStatus == MilestoneStatus.DONE ? newCompletedDate : null;
        updatedAt = now;
        updatedBy = username;
    }

    Long getInitiativeId() {
        return initiativeId;
    }

    MilestoneStatus getStatus() {
        return status;
    }

    int getPercentComplete() {
        return percentComplete;
    }
}
