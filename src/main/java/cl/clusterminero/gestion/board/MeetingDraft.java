package cl.clusterminero.gestion.board;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** A meeting as the secretariat prepares it: date, kind, place, notes and attending board users. */
public record MeetingDraft(
        @NotNull(message = "{validation.required}") LocalDate date,
        @NotNull(message = "{validation.required}") MeetingKind kind,
        @Size(max = 160, message = "{validation.max-length}") String location,
        @Size(max = 4000, message = "{validation.max-length}") String notes,
        Set<Long> attendeeIds) {

    public MeetingDraft {
        attendeeIds = attendeeIds == null ? Set.of() : Set.copyOf(attendeeIds);
    }
}
