package cl.clusterminero.gestion.board;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;

/** A board meeting (sesión de directorio): its date, kind, place, notes and the board users attending. */
@Entity
@Audited
@Table(name = "board_meeting")
class BoardMeeting extends AbstractEntity {

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingKind kind;

    @Column(length = 160)
    private String location;

    @Column(length = 4000)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "board_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> attendeeIds = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    protected BoardMeeting() {
    }

    BoardMeeting(Instant now) {
        this.createdAt = now;
    }

    void apply(MeetingDraft draft, Instant now, String username) {
        meetingDate = draft.date();
        kind = draft.kind();
        location = blankToNull(draft.location());
        notes = blankToNull(draft.notes());
        attendeeIds.clear();
        attendeeIds.addAll(draft.attendeeIds());
        updatedAt = now;
        updatedBy = username;
    }

    MeetingDraft toDraft() {
        return new MeetingDraft(meetingDate, kind, location, notes, Set.copyOf(attendeeIds));
    }

    LocalDate getMeetingDate() {
        return meetingDate;
    }

    MeetingKind getKind() {
        return kind;
    }

    String getLocation() {
        return location;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
