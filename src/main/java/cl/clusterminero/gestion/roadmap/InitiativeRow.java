package cl.clusterminero.gestion.roadmap;

import java.time.LocalDate;

/** An initiative in the roadmap grid, with its progress (weighted milestone completion, 0–100) and health. */
public record InitiativeRow(Long id, String code, String title, String axisName, String programName,
                            InitiativeStatus status, Priority priority, String ownerName, LocalDate targetDate,
                            int progress, int milestones, Health health) {
}
