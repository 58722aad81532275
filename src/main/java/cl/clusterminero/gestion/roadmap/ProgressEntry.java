package cl.clusterminero.gestion.roadmap;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of an initiative's progress timeline. */
public record ProgressEntry(LocalDate date, String milestoneTitle, MilestoneStatus oldStatus, MilestoneStatus newStatus,
                            Integer oldPercent, int newPercent, String comment, String authorName, Instant createdAt) {
}
