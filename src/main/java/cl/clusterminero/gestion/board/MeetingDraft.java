package cl.clusterminero.gestion.board;

import java.time.LocalDate;
import java.util.Set;

/** A meeting as the secretariat prepares it: date, kind, place, notes and attending board users. */
public record MeetingDraft(LocalDate date, MeetingKind kind, String location, String notes, Set<Long> attendeeIds) {

    public MeetingDraft {
        attendeeIds = attendeeIds == null ? Set.of() : Set.copyOf(attendeeIds);
    }
}
