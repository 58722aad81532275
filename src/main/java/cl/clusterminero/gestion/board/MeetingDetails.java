package cl.clusterminero.gestion.board;

import java.util.List;

/**
 * A meeting with everything its page shows; {@code mayPrepare} and {@code mayRecordResolutions} tell the view what
 * the current user may change (the service refuses the rest anyway).
 */
public record MeetingDetails(long id, long version, MeetingDraft data, List<String> attendeeNames,
                             List<AgendaEntry> agenda, List<ResolutionRow> resolutions, boolean mayPrepare,
                             boolean mayRecordResolutions) {
}
