package cl.clusterminero.gestion.board;

import java.time.LocalDate;

/** An open resolution as its owner's reminder needs it. */
public record ResolutionReminder(long id, long meetingId, String text, long ownerId, LocalDate deadline) {
}
