package cl.clusterminero.gestion.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A milestone's plan: title, due date, weight in the initiative's progress and an evidence link. */
public record MilestoneDraft(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}") String title,
        @NotNull(message = "{validation.required}") LocalDate dueDate,
        @NotNull(message = "{milestone.weight.positive}") @Positive(message = "{milestone.weight.positive}")
        Integer weight,
        @Size(max = 500, message = "{validation.max-length}") String evidenceUrl) {
}
