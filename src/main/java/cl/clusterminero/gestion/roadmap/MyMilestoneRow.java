package cl.clusterminero.gestion.roadmap;

import java.time.LocalDate;

/** A milestone in "Mis hitos": overdue or due within 30 days, in a program the user manages. */
public record MyMilestoneRow(Long id, long version, Long initiativeId, String initiativeCode, String initiativeTitle,
                             String programName, String title, LocalDate dueDate, MilestoneStatus status, int percent,
                             boolean overdue) {
}
