package cl.clusterminero.gestion.roadmap;

/** A strategic axis with the average progress of its initiatives (cancelled ones left out) and their health. */
public record AxisProgress(Long id, String code, String name, String description, int initiatives, int progress,
                           int delayed, int atRisk) {
}
