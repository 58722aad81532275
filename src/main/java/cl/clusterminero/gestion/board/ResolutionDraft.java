package cl.clusterminero.gestion.board;

import java.time.LocalDate;

/** A resolution as recorded in a meeting. */
public record ResolutionDraft(String text, Long ownerId, LocalDate deadline) {
}
