package cl.clusterminero.gestion.roadmap;

/** A new roadmap: code, name, description and the years it covers. */
public record RoadmapDraft(String code, String name, String description, Integer startYear, Integer endYear) {
}
