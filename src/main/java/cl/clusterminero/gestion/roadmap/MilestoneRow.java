package cl.clusterminero.gestion.roadmap;

import java.time.LocalDate;

/** A milestone of an initiative as its grid shows it. */
public record MilestoneRow(Long id, long version, String title, LocalDate dueDate, int weight, MilestoneStatus status,
                           int percent, LocalDate completedDate, String evidenceUrl, boolean overdue) {
}
