package cl.clusterminero.gestion.board;

import java.time.LocalDate;

/** A meeting in the meetings list, with how many attend, agenda points and open resolutions it has. */
public record MeetingRow(long id, LocalDate date, MeetingKind kind, String location, int attendees, int agendaItems,
                         int resolutions, int openResolutions) {
}
