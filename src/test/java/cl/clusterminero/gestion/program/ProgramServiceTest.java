package cl.clusterminero.gestion.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class ProgramServiceTest {

    @Autowired
    ProgramService programs;

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void secretariat_creates_and_edits_a_program_with_its_cofinancing_and_a_stale_edit_is_refused() {
        String code = "S" + UUID.randomUUID().toString().substring(0, 6);
        long id = programs.create(draft(code, 500_000_000L, List.of(new ProgramDraft.Funding(FundingSource.CORFO,
                200_000_000L, FundingState.COMMITTED, "Línea Corfo"))));
        ProgramDetails details = programs.details(id);
        assertThat(details.data().funding()).extracting(ProgramDraft.Funding::amountClp).containsExactly(200_000_000L);

        ProgramDraft changed = draft(code, 600_000_000L, List.of(
                new ProgramDraft.Funding(FundingSource.CORFO, 200_000_000L, FundingState.RECEIVED, null),
                new ProgramDraft.Funding(FundingSource.PRIVATE, 100_000_000L, FundingState.COMMITTED, null)));
        programs.update(id, details.version(), changed);
        assertThat(programs.details(id).data().budgetClp()).isEqualTo(600_000_000L);
        assertThat(programs.details(id).data().funding()).hasSize(2);
        assertThatThrownBy(() -> programs.update(id, details.version(), changed))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void negative_amounts_reversed_dates_and_duplicate_codes_are_refused() {
        String code = "D" + UUID.randomUUID().toString().substring(0, 6);
        programs.create(draft(code, 0, List.of()));
        ProgramDraft bad = new ProgramDraft(code, "Otro", null, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1),
                ProgramStatus.ACTIVE, -1, Set.of(), Set.of(), List.of(new ProgramDraft.Funding(FundingSource.GORE,
                -5, FundingState.COMMITTED, null)));
        assertThatThrownBy(() -> programs.create(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .contains("code", "endDate", "budgetClp", "funding"));
    }

    @Test
    @WithAppUser({Role.BOARD, Role.PROGRAM_MANAGER})
    void board_and_program_managers_read_programs_but_cannot_create_or_edit_them() {
        assertThat(programs.count()).isGreaterThanOrEqualTo(0);
        assertThatThrownBy(() -> programs.create(draft("X", 0, List.of())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> programs.update(1, 0, draft("X", 0, List.of())))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private static ProgramDraft draft(String code, long budget, List<ProgramDraft.Funding> funding) {
        return new ProgramDraft(code, "Programa " + code, null, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
                ProgramStatus.ACTIVE, budget, Set.of(), Set.of(), funding);
    }
}
