package cl.clusterminero.gestion.roadmap;

import java.time.Instant;

/** An initiative waiting for a board decision, as the review queue and a meeting's agenda candidates list it. */
public record ReviewQueueRow(long requestId, long initiativeId, String code, String title, String axisName,
                             String programName, InitiativeStatus status, int progress, Health health, String reason,
                             String requestedByName, Instant requestedAt) {
}
