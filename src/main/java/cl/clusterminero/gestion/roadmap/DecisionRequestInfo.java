package cl.clusterminero.gestion.roadmap;

import java.time.Instant;

/** The open "requires board decision" flag of an initiative: why, who raised it and when. */
public record DecisionRequestInfo(long id, String reason, String requestedByName, Instant requestedAt) {
}
