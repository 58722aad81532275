package cl.clusterminero.gestion.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * An activity as a form edits it. Times are Chile's wall-clock time; {@code programId} and {@code initiativeId}
 * are optional; {@code capacity} is a number of registered contacts.
 */
public record ActivityDraft(
        @NotNull(message = "{validation.required}") ActivityKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = ActivityService.TITLE_MAX, message = "{validation.max-length}")
        String title,
        @NotNull(message = "{validation.required}") LocalDateTime startsAt,
        @NotNull(message = "{validation.required}") LocalDateTime endsAt,
        @Size(max = ActivityService.PLACE_MAX, message = "{validation.max-length}") String place,
        @Size(max = ActivityService.LINK_MAX, message = "{validation.max-length}") String onlineLink,
        @Size(max = ActivityService.DESCRIPTION_MAX, message = "{validation.max-length}") String description,
        Long programId,
        Long initiativeId,
        Long organiserId,
        Integer capacity,
        @NotNull(message = "{validation.required}") ActivityStatus status) {
}
