package cl.clusterminero.gestion.program.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.program.ProgramDraft;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.program.ProgramStatus;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shell.ui.AccessDeniedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Programs as the secretariat edits them and other roles read them. */
@IntegrationTest
class ProgramViewsTest extends SpringBrowserlessTest {

    @Autowired
    ProgramService programService;

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void secretariat_creates_a_program_and_a_bad_budget_is_explained_at_the_field() {
        navigate("programas/nuevo", ProgramEditorView.class);
        String code = "P" + UUID.randomUUID().toString().substring(0, 6);
        test($(TextField.class).id("program-code")).setValue(code);
        test($(TextField.class).id("program-name")).setValue("Programa de prueba " + code);
        test($(TextField.class).id("program-budget")).setValue("mucho dinero");
        test($(Button.class).id("save-program")).click();
        TextField budget = $(TextField.class).id("program-budget");
        assertThat(budget.isInvalid()).isTrue();
        assertThat(budget.getErrorMessage()).startsWith("Ingrese un monto en pesos");

        test(budget).setValue("$1.250.000.000");
        test($(Button.class).id("save-program")).click();
        assertThat($(H2.class).id("program-title").getText()).isEqualTo(code + " · Programa de prueba " + code);
        long id = programService.idOf(code).orElseThrow();
        assertThat(programService.details(id).data().budgetClp()).isEqualTo(1_250_000_000L);
    }

    @Test
    @WithAppUser(Role.BOARD)
    void board_reads_programs_but_cannot_create_or_edit_them() {
        navigate(ProgramListView.class);
        assertThat($(Button.class).withId("new-program").exists()).isFalse();
        navigate("programas/nuevo", AccessDeniedView.class);
        long id = SystemAuthentication.callAsSystem(() -> programService.create(
                new ProgramDraft("R" + UUID.randomUUID().toString().substring(0, 6),
                        "Solo lectura", null, null, null, ProgramStatus.ACTIVE, 0,
                        Set.of(), Set.of(), List.of())));
        navigate(ProgramEditorView.class, Map.of("id", String.valueOf(id)));
        assertThat($(TextField.class).id("program-name").isReadOnly()).isTrue();
        assertThat($(Button.class).withId("save-program").exists()).isFalse();
    }
}
