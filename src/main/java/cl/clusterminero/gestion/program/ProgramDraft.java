package cl.clusterminero.gestion.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A new program: the data, its managers (user ids), participating members (member ids) and co-financing lines. */
public record ProgramDraft(
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.max-length}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 160, message = "{validation.max-length}") String name,
        @Size(max = 2000, message = "{validation.max-length}") String description,
        LocalDate startDate,
        LocalDate endDate,
        @NotNull(message = "{validation.required}") ProgramStatus status,
        @PositiveOrZero(message = "{validation.not-negative}") long budgetClp,
        Set<Long> managerIds,
        Set<Long> memberIds,
        List<Funding> funding) {

    public record Funding(FundingSource source, long amountClp, FundingState state, String note) {
    }
}
