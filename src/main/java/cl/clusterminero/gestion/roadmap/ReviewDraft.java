package cl.clusterminero.gestion.roadmap;

/** What a board member enters to review an initiative. */
public record ReviewDraft(ReviewDecision decision, String comment) {
}
