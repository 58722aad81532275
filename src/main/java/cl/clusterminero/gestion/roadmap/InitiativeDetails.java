package cl.clusterminero.gestion.roadmap;

/** An initiative's page: its data, where it sits, its roll-up, and whether the current user may change it. */
public record InitiativeDetails(Long id, long version, Long roadmapId, String roadmapName, String axisName, String programName,
                                InitiativeDraft data, int progress, Health health, boolean editable,
                                Long carriedFromId) {
}
