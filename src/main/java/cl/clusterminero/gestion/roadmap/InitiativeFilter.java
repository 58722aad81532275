package cl.clusterminero.gestion.roadmap;

/** Which initiatives of a roadmap a grid shows; null means any. */
public record InitiativeFilter(Long roadmapId, Long axisId, Long programId, InitiativeStatus status, Health health,
                               String owner) {

    public static InitiativeFilter of(Long roadmapId) {
        return new InitiativeFilter(roadmapId, null, null, null, null, null);
    }
}
