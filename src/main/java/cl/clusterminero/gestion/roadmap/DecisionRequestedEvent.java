package cl.clusterminero.gestion.roadmap;

/** An initiative was put in the board's decision queue; published inside the transaction of the request. */
public record DecisionRequestedEvent(long requestId, long initiativeId, String initiativeCode, String initiativeTitle,
                                     String reason) {
}
