package cl.clusterminero.gestion.board;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A resolution as recorded in a meeting. */
public record ResolutionDraft(
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.max-length}") String text,
        Long ownerId,
        @NotNull(message = "{validation.required}") LocalDate deadline) {
}
