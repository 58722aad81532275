package cl.clusterminero.gestion.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a progress update says: the milestone's new status and percentage, when it was completed, and why. */
public record ProgressDraft(
        @NotNull(message = "{validation.required}") MilestoneStatus status,
        Integer percent,
        LocalDate completedDate,
        @NotBlank(message = "{progress.comment.required}") @Size(max = 2000, message = "{validation.max-length}")
        String comment) {
}
