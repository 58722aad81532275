package cl.clusterminero.gestion.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An initiative's data as the form edits it and the service checks it. */
public record InitiativeDraft(
        @NotNull(message = "{validation.required}") Long axisId,
        Long programId,
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.max-length}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String title,
        @Size(max = 4000, message = "{validation.max-length}") String description,
        @Size(max = 120, message = "{validation.max-length}") String ownerName,
        Long leadMemberId,
        LocalDate startDate,
        LocalDate targetDate,
        @NotNull(message = "{validation.required}") Priority priority,
        @NotNull(message = "{validation.required}") InitiativeStatus status,
        @Size(max = 120, message = "{validation.max-length}") String kpiName,
        @Size(max = 30, message = "{validation.max-length}") String kpiUnit,
        BigDecimal kpiBaseline,
        BigDecimal kpiTarget,
        BigDecimal kpiCurrent) {
}
