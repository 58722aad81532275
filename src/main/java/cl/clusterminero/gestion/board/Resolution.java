package cl.clusterminero.gestion.board;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A resolution (acuerdo) taken in a meeting: what, who answers for it and by when; its owner closes it with a note. */
@Entity
@Audited
@Table(name = "resolution")
class Resolution extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(nullable = false, length = 10)
    private String status = "OPEN";

    @Column(name = "done_note", length = 1000)
    private String doneNote;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 50)
    private String doneBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 50, updatable = false)
    private String createdBy;

    protected Resolution() {
    }

    Resolution(Long meetingId, String text, Long ownerId, LocalDate deadline, Instant now, String username) {
        this.meetingId = meetingId;
        this.text = text;
        this.ownerId = ownerId;
        this.deadline = deadline;
        this.createdAt = now;
        this.createdBy = username;
    }

    void complete(String note, Instant now, String username) {
        status = "DONE";
        doneNote = note;
        doneAt = now;
        doneBy = username;
    }

    boolean isDone() {
        return "DONE".equals(status);
    }

    Long getOwnerId() {
        return ownerId;
    }
}
