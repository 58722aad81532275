package cl.clusterminero.gestion.board;

import java.time.Instant;
import java.time.LocalDate;

/** A resolution with its meeting, owner's name and computed state. */
public record ResolutionRow(long id, long version, long meetingId, LocalDate meetingDate, String text, long ownerId,
                            String ownerName, LocalDate deadline, ResolutionState state, String doneNote,
                            Instant doneAt) {
}
