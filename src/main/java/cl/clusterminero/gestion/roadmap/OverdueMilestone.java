package cl.clusterminero.gestion.roadmap;

import java.time.LocalDate;

/** A milestone past its due date and not done, for the roadmap status report. */
public record OverdueMilestone(long axisId, long initiativeId, String initiativeCode, String title, LocalDate dueDate,
                               int percent, String programName) {
}
