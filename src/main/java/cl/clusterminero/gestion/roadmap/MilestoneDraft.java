package cl.clusterminero.gestion.roadmap;

import java.time.LocalDate;

/** A milestone's plan: title, due date, weight in the initiative's progress and an evidence link. */
public record MilestoneDraft(String title, LocalDate dueDate, Integer weight, String evidenceUrl) {
}
