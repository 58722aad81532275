package cl.clusterminero.gestion.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
/** What a board member enters to review an initiative. */
public record ReviewDraft(
        @NotNull(message = "{validation.required}") ReviewDecision decision,
        @NotBlank(message = "{review.comment.required}") @Size(max = 2000, message = "{validation.max-length}")
        String comment) {
}
