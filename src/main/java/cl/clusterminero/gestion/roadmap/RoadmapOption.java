package cl.clusterminero.gestion.roadmap;

/** A roadmap to pick; the current one is preselected. */
public record RoadmapOption(Long id, String code, String name, boolean current) {
}
