package cl.clusterminero.gestion.activity;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;

/** A cluster activity: what, when (Chile's wall-clock time), where, for which program, who organises it. */
@Entity
@Audited
@Table(name = "activity")
class Activity extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityKind kind;

    @Size(max = ActivityService.TITLE_MAX)
    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Size(max = ActivityService.PLACE_MAX)
    @Column(length = 200)
    private String place;

    @Size(max = ActivityService.LINK_MAX)
    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Size(max = ActivityService.DESCRIPTION_MAX)
    @Column(length = 2000)
    private String description;

    @Column(name = "program_id")
    private Long programId;

    @Column(name = "initiative_id")
    private Long initiativeId;

    @Column(name = "organiser_id", nullable = false)
    private Long organiserId;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    protected Activity() {
    }

    Activity(Instant now) {
        this.createdAt = now;
    }

    void apply(ActivityDraft draft, Instant now, String username) {
        kind = draft.kind();
        title = draft.title().strip();
        startsAt = draft.startsAt();
        endsAt = draft.endsAt();
        place = blankToNull(draft.place());
        onlineLink = blankToNull(draft.onlineLink());
        description = blankToNull(draft.description());
        programId = draft.programId();
        initiativeId = draft.initiativeId();
        organiserId = draft.organiserId();
        capacity = draft.capacity();
        status = draft.status();
        updatedAt = now;
        updatedBy = username;
    }

    ActivityDraft toDraft() {
        return new ActivityDraft(kind, title, startsAt, endsAt, place, onlineLink, description, programId,
                initiativeId, organiserId, capacity, status);
    }

    ActivityKind getKind() {
        return kind;
    }

    ActivityStatus getStatus() {
        return status;
    }

    Long getProgramId() {
        return programId;
    }

    int getCapacity() {
        return capacity;
    }

    LocalDateTime getStartsAt() {
        return startsAt;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
