package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A dated, signed note that moved a milestone's status or percentage: the history of progress. Never changed. */
@Entity
@Table(name = "progress_update")
class ProgressUpdate extends AbstractEntity {

    @Column(name = "milestone_id", nullable = false, updatable = false)
    private Long milestoneId;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Column(name = "update_date", nullable = false, updatable = false)
    private LocalDate updateDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_status", length = 20, updatable = false)
    private MilestoneStatus oldStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status", nullable = false, length = 20, updatable = false)
    private MilestoneStatus newStatus;

    @Column(name = "old_percent", updatable = false)
    private Integer oldPercent;

    @Column(name = "new_percent", nullable = false, updatable = false)
    private int newPercent;

    @Column(nullable = false, length = 2000, updatable = false)
    private String comment;

    @Column(nullable = false, length = 50, updatable = false)
    private String author;

    @Column(name = "author_name", nullable = false, length = 120, updatable = false)
    private String authorName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProgressUpdate() {
    }

    ProgressUpdate(Long milestoneId, Long initiativeId, LocalDate updateDate, MilestoneStatus oldStatus,
                   MilestoneStatus newStatus, Integer oldPercent, int newPercent, String comment, String author,
                   String authorName, Instant createdAt) {
        this.milestoneId = milestoneId;
        this.initiativeId = initiativeId;
        this.updateDate = updateDate;
        this.oldStatus = oldStatus;
        this.newStatus = newStatus;
        this.oldPercent = oldPercent;
        this.newPercent = newPercent;
        this.comment = comment;
        this.author = author;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }
}
