package cl.clusterminero.gestion.board;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.board.ui.MeetingListView;
import cl.clusterminero.gestion.board.ui.MeetingView;
import cl.clusterminero.gestion.board.ui.MyResolutionsView;
import cl.clusterminero.gestion.roadmap.ReviewQueueRow;
import cl.clusterminero.gestion.roadmap.ReviewService;
import cl.clusterminero.gestion.roadmap.RoadmapFixture;
import cl.clusterminero.gestion.roadmap.ui.InitiativeView;
import cl.clusterminero.gestion.roadmap.ui.ReviewQueueView;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.TestLogin;
import cl.clusterminero.gestion.security.WithAppUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The board screens as the board, the secretariat and a program manager use them, without a browser. */
@IntegrationTest
@SuppressWarnings("unchecked")
class BoardViewsTest extends SpringBrowserlessTest {

    @Autowired ReviewService reviewService;
    @Autowired BoardMeetingService meetingService;
    @Autowired ResolutionService resolutionService;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    RoadmapFixture fixture;

    @BeforeEach
    void data() {
        fixture = RoadmapFixture.create(context);
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    @Test
    @WithAppUser(value = Role.BOARD, username = "board.a", fullName = "Consejera A")
    void a_board_member_approves_from_the_queue_and_lands_on_the_initiative_showing_the_decision() {
        long initiative = fixture.initiative("VQ1", fixture.programA);
        TestLogin.as(jdbc, "pm.a", Role.PROGRAM_MANAGER, () -> reviewService.requestDecision(initiative,
                "Aprobar ampliación"));

        navigate(ReviewQueueView.class);
        Grid<ReviewQueueRow> grid = $(Grid.class).id("review-queue-grid");
        assertThat(test(grid).size()).isEqualTo((int) reviewService.queueSize());
        clickLastCell(grid, row -> row.initiativeId() == initiative);
        test($(Button.class).id("review-save")).click();
        assertThat($(TextArea.class).id("review-comment").isInvalid()).isTrue();
        assertThat($(RadioButtonGroup.class).id("review-decision").isInvalid()).isTrue();

        test($(RadioButtonGroup.class).id("review-decision")).selectItem("Aprobada");
        test($(TextArea.class).id("review-comment")).setValue("Aprobada <img src=x onerror=alert(1)>");
        test($(Button.class).id("review-save")).click();

        assertThat(getCurrentView()).isInstanceOf(InitiativeView.class);
        String history = $(Div.class).id("review-history").getElement().getTextRecursively();
        assertThat(history).contains("Aprobada <img src=x onerror=alert(1)>", "Consejera A");
        assertThat($(Div.class).withId("decision-flag").exists()).isFalse();
        assertThat($(Button.class).withId("record-review").exists()).isTrue();
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a", fullName = "Gestora A")
    void a_manager_flags_her_initiative_and_sees_the_pending_request_but_cannot_review() {
        long initiative = fixture.initiative("VQ2", fixture.programA);

        navigate(InitiativeView.class, Map.of("id", String.valueOf(initiative)));
        assertThat($(Button.class).withId("record-review").exists()).isFalse();
        test($(Button.class).id("request-decision")).click();
        test($(TextArea.class).id("decision-reason")).setValue("Cambio de socio ejecutor");
        test($(Button.class).id("decision-request-save")).click();

        assertThat($(Div.class).id("decision-flag").getElement().getTextRecursively()).contains("Cambio de socio ejecutor", "Gestora A");
        assertThat($(Button.class).withId("request-decision").exists()).isFalse();
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a", fullName = "Gestora A")
    void another_programs_manager_cannot_flag_the_initiative() {
        long initiative = fixture.initiative("VQ3", fixture.programB);

        navigate(InitiativeView.class, Map.of("id", String.valueOf(initiative)));

        assertThat($(Button.class).withId("request-decision").exists()).isFalse();
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a", fullName = "Secretaria A")
    void the_secretariat_creates_a_meeting_and_puts_a_flagged_initiative_on_its_agenda() {
        long initiative = fixture.initiative("VQ4", fixture.programA);
        reviewService.requestDecision(initiative, "Definir presupuesto");

        navigate(MeetingListView.class);
        test($(Button.class).id("new-meeting")).click();
        test($(Button.class).id("meeting-save")).click();
        assertThat($(DatePicker.class).id("meeting-date").isInvalid()).isTrue();
        test($(DatePicker.class).id("meeting-date")).setValue(fixture.today());
        test($(TextField.class).id("meeting-location")).setValue("Calama");
        test($(Button.class).id("meeting-save")).click();

        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        assertThat($(H2.class).id("meeting-title").getText()).startsWith("Sesión Ordinaria · ");
        ComboBox<ReviewQueueRow> candidates =
                $(ComboBox.class).id("agenda-initiative");
        test(candidates).setFilter("VQ4");
        candidates.setValue(test(candidates).getSuggestionItems().stream()
                .filter(row -> row.initiativeId() == initiative).findFirst().orElseThrow());
        test($(Button.class).id("agenda-add-initiative")).click();
        test($(TextField.class).id("agenda-topic")).setValue("Varios");
        test($(Button.class).id("agenda-add-topic")).click();

        assertThat($(OrderedList.class).id("agenda-list").getElement().getTextRecursively())
                .contains("VQ4 · Iniciativa VQ4", "Varios");
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.b", fullName = "Gestor B")
    void a_program_manager_reads_a_meeting_without_ways_to_change_it_and_closes_his_resolution() {
        long meeting = TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> meetingService.createMeeting(
                new MeetingDraft(fixture.today(), MeetingKind.EXTRAORDINARY, null, null, Set.of(userId("board.a")))));
        TestLogin.as(jdbc, "board.a", Role.BOARD, () -> resolutionService.record(meeting, new ResolutionDraft(
                "Enviar informe de cierre VQ5", userId("pm.b"), fixture.today().plusDays(3))));

        navigate(MeetingView.class, Map.of("id", String.valueOf(meeting)));
        assertThat($(Button.class).withId("edit-meeting").exists()).isFalse();
        assertThat($(Button.class).withId("record-resolution").exists()).isFalse();
        assertThat($(TextField.class).withId("agenda-topic").exists()).isFalse();

        navigate(MyResolutionsView.class);
        Grid<ResolutionRow> grid = $(Grid.class).id("my-resolutions-grid");
        clickLastCell(grid, row -> row.text().equals("Enviar informe de cierre VQ5"));
        test($(TextArea.class).id("resolution-note")).setValue("Informe enviado");
        test($(Button.class).id("resolution-note-save")).click();

        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).text()).isNotEqualTo("Enviar informe de cierre VQ5");
        }
    }

    /** Clicks the button in the last column of the first row that matches. */
    private <T> void clickLastCell(Grid<T> grid, Predicate<T> match) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (match.test(test(grid).getRow(i))) {
                test((Button) test(grid).getCellComponent(i, grid.getColumns().size() - 1)).click();
                return;
            }
        }
        throw new AssertionError("No matching row in " + grid.getId().orElse("grid"));
    }
}
