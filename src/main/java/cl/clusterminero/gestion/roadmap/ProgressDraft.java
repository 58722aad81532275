package cl.clusterminero.gestion.roadmap;

import java.time.LocalDate;

/** What a progress update says: the milestone's new status and percentage, when it was completed, and why. */
public record ProgressDraft(MilestoneStatus status, Integer percent, LocalDate completedDate, String comment) {
}
