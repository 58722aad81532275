package cl.clusterminero.gestion.roadmap;

/** A strategic axis as the admin edits it. */
public record AxisRow(Long id, long version, String code, String name, String description, int sortOrder) {
}
