package cl.clusterminero.gestion.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.roadmap.ui.InitiativeView;
import cl.clusterminero.gestion.roadmap.ui.MyMilestonesView;
import cl.clusterminero.gestion.roadmap.ui.RoadmapView;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The roadmap screens as program managers and the board use them, without a browser. */
@IntegrationTest
@SuppressWarnings("unchecked")
class RoadmapViewsTest extends SpringBrowserlessTest {

    @Autowired RoadmapRepository roadmaps;
    @Autowired StrategicAxisRepository axes;
    @Autowired InitiativeRepository initiatives;
    @Autowired MilestoneRepository milestones;
    @Autowired ProgramService programService;
    @Autowired RoadmapService roadmapService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    RoadmapFixture fixture;
    long initiative;
    long milestone;

    @BeforeEach
    void data() {
        fixture = new RoadmapFixture(roadmaps, axes, initiatives, milestones, programService, jdbc, clock);
        fixture.reset();
        initiative = fixture.initiative("VW", fixture.programA);
        milestone = fixture.milestone(initiative, fixture.today().plusDays(7), 1, MilestoneStatus.IN_PROGRESS, 20);
        fixture.milestone(initiative, fixture.today().plusDays(90), 1, MilestoneStatus.PENDING, 0);
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a", fullName = "Gestora A")
    void a_manager_records_progress_from_her_milestones_and_the_initiative_shows_it() {
        navigate(MyMilestonesView.class);
        openProgressDialogOf(milestone);
        test($(Select.class).id("progress-status")).selectItem("Terminado");
        test($(TextArea.class).id("progress-comment")).setValue("Taller realizado con 12 proveedores");
        test($(Button.class).id("progress-save")).click();

        assertThat(roadmapService.milestones(initiative).getFirst().status()).isEqualTo(MilestoneStatus.DONE);
        navigate(InitiativeView.class, Map.of("id", String.valueOf(initiative)));
        assertThat($(Span.class).id("initiative-progress").getText()).isEqualTo("Avance ponderado: 50 %");
        assertThat($(Div.class).id("progress-timeline").getElement().getTextRecursively())
                .contains("Taller realizado con 12 proveedores", "Gestora A");
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a", fullName = "Gestora A")
    void progress_without_a_comment_is_refused_next_to_the_field() {
        navigate(MyMilestonesView.class);
        openProgressDialogOf(milestone);
        test($(Select.class).id("progress-status")).selectItem("Terminado");
        test($(Button.class).id("progress-save")).click();

        TextArea comment = $(TextArea.class).id("progress-comment");
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Escriba un comentario que explique el avance.");
        assertThat(roadmapService.milestones(initiative).getFirst().status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.b", fullName = "Gestor B")
    void another_programs_manager_sees_the_initiative_without_ways_to_change_it() {
        navigate(InitiativeView.class, Map.of("id", String.valueOf(initiative)));
        Grid<MilestoneRow> grid = $(Grid.class).id("milestones-grid");
        assertThat(grid.getColumns()).hasSize(6);
        assertThat($(Button.class).withId("add-milestone").exists()).isFalse();
        navigate(MyMilestonesView.class);
        Grid<MyMilestoneRow> mine = $(Grid.class).id("my-milestones-grid");
        for (int i = 0; i < test(mine).size(); i++) {
            assertThat(test(mine).getRow(i).id()).isNotEqualTo(milestone);
        }
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a", fullName = "Gestora A")
    void a_manager_edits_her_initiative_and_a_duplicate_code_is_refused_at_the_field() {
        long other = fixture.initiative("DUP", fixture.programA);
        navigate(InitiativeView.class, Map.of("id", String.valueOf(initiative)));
        test($(Button.class).id("edit-initiative")).click();
        test($(TextField.class).id("initiative-title-field")).setValue("Mesa de pago oportuno, segunda etapa");
        test($(TextField.class).id("initiative-code")).setValue("DUP");
        test($(Button.class).id("initiative-save")).click();

        TextField code = $(TextField.class).id("initiative-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Ya existe una iniciativa con ese código en esta hoja de ruta.");
        assertThat(other).isPositive();

        test(code).setValue("VW2");
        test($(Button.class).id("initiative-save")).click();
        assertThat(roadmapService.initiative(initiative).data().title())
                .isEqualTo("Mesa de pago oportuno, segunda etapa");
        assertThat($(H2.class).id("initiative-title").getText())
                .isEqualTo("VW2 · Mesa de pago oportuno, segunda etapa");
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.b", fullName = "Gestor B")
    void another_manager_has_no_edit_button_on_the_initiative() {
        navigate(InitiativeView.class, Map.of("id", String.valueOf(initiative)));
        assertThat($(Button.class).withId("edit-initiative").exists()).isFalse();
    }

    private void openProgressDialogOf(long milestoneId) {
        Grid<MyMilestoneRow> grid = $(Grid.class).id("my-milestones-grid");
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).id() == milestoneId) {
                test((Button) test(grid).getCellComponent(i, grid.getColumns().size() - 1)).click();
                return;
            }
        }
        throw new AssertionError("Milestone " + milestoneId + " is not in Mis hitos");
    }

    @Test
    @WithAppUser(Role.BOARD)
    void board_sees_each_axis_progress_and_filters_initiatives_by_health() {
        navigate(RoadmapView.class);
        Select<RoadmapOption> select = $(Select.class).id("roadmap-select");
        RoadmapOption option = roadmapService.roadmaps().stream().filter(r -> r.id() == fixture.roadmapId)
                .findFirst().orElseThrow();
        test(select).selectItem(option.name());

        assertThat($(Div.class).id("axis-AX").getElement().getTextRecursively())
                .contains("AX · Eje de prueba", "1 iniciativas: 0 atrasadas, 1 en riesgo");
        assertThat($(Span.class).id("initiatives-count").getText()).isEqualTo("1 iniciativa");
        test($(ComboBox.class).id("filter-health")).selectItem("Atrasada");
        assertThat($(Span.class).id("initiatives-count").getText()).isEqualTo("Ninguna iniciativa");
        Grid<InitiativeRow> grid = $(Grid.class).id("initiatives-grid");
        assertThat(test(grid).size()).isZero();
    }
}
