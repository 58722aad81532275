package cl.clusterminero.gestion.activity;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.activity.ui.ActivityListView;
import cl.clusterminero.gestion.activity.ui.ActivityView;
import cl.clusterminero.gestion.activity.ui.ComingActivitiesView;
import cl.clusterminero.gestion.member.ContactRow;
import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.member.Rut;
import cl.clusterminero.gestion.member.ui.MemberEditorView;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.TestLogin;
import cl.clusterminero.gestion.security.WithAppUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The activity screens as the secretariat and the board use them, without a browser. */
@IntegrationTest
@SuppressWarnings("unchecked")
class ActivityViewsTest extends SpringBrowserlessTest {

    @Autowired ActivityService activityService;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    ActivityFixture fixture;

    @BeforeEach
    void data() {
        fixture = new ActivityFixture(context);
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a", fullName = "Secretaria A")
    void the_secretariat_creates_an_activity_in_the_dialog_after_a_refused_capacity_and_lands_on_its_page() {
        navigate(ActivityListView.class);
        test($(Button.class).id("new-activity")).click();
        test($(TextField.class).id("activity-title-field")).setValue("Taller de proveedores " + fixture.tag);
        LocalDateTime start = LocalDateTime.now().plusDays(3).withHour(10).withMinute(0).withSecond(0).withNano(0);
        $(DateTimePicker.class).id("activity-starts").setValue(start);
        test($(IntegerField.class).id("activity-capacity")).setValue(-1);
        test($(Button.class).id("activity-save")).click();

        IntegerField capacity = $(IntegerField.class).id("activity-capacity");
        assertThat(capacity.isInvalid()).isTrue();
        assertThat(capacity.getErrorMessage()).isEqualTo("Los cupos deben ser un número entre 1 y 100.000.");
        assertThat(jdbc.queryForObject("select count(*) from activity where title like ?", Integer.class,
                "%" + fixture.tag)).isZero();

        test($(IntegerField.class).id("activity-capacity")).setValue(40);
        test($(Button.class).id("activity-save")).click();
        assertThat(getCurrentView()).isInstanceOf(ActivityView.class);
        assertThat($(H2.class).id("activity-title").getText()).isEqualTo("Taller de proveedores " + fixture.tag);
        assertThat($(Div.class).id("activity-facts").getElement().getTextRecursively())
                .contains("Taller / seminario", "Planificada", "Secretaria A", "0 de 40");
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a", fullName = "Secretaria A")
    void the_secretariat_registers_a_contact_and_records_attendance_once_the_activity_is_held() {
        long activity = fixture.activity(ActivityKind.WORKSHOP, null, 10, ActivityStatus.HELD);
        long supplier = fixture.member("Maestranza Vista", "SUPPLIER");
        long other = fixture.member("Minera Vista", "MINING_COMPANY");
        long ana = fixture.contact(supplier, "Ana Vista");
        fixture.contact(other, "Pedro Vista");

        navigate(ActivityView.class, Map.of("id", String.valueOf(activity)));
        ComboBox<MemberOption> member = $(ComboBox.class).id("register-member");
        test(member).selectItem(jdbc.queryForObject("select legal_name from member where id = ?", String.class,
                supplier) + " (" + Rut.format(jdbc.queryForObject(
                "select rut from member where id = ?", String.class, supplier)) + ")");
        ComboBox<ContactRow> contact = $(ComboBox.class).id("register-contact");
        assertThat(test(contact).getSuggestionItems()).extracting(ContactRow::id).containsExactly(ana);
        test(contact).selectItem(contact.getListDataView().getItems().findFirst().map(contact.getItemLabelGenerator()::apply).orElseThrow());
        test($(Button.class).id("register-contact-button")).click();

        Grid<ParticipantRow> grid = $(Grid.class).id("participants-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        Select<Attendance> attendance = (Select<Attendance>) test(grid).getCellComponent(0, 3);
        test(attendance).selectItem("Asistió");
        assertThat(activityService.participants(activity).getFirst().attendance()).isEqualTo(Attendance.ATTENDED);
        assertThat($(Div.class).id("activity-facts").getElement().getTextRecursively()).contains("1 de 10");
    }

    @Test
    @WithAppUser(value = Role.BOARD, username = "board.a", fullName = "Consejera A")
    void the_board_reads_an_activity_without_any_editing_control() {
        long activity = fixture.activity(ActivityKind.BUSINESS_ROUND, null, 10, ActivityStatus.OPEN);

        navigate(ActivityListView.class);
        assertThat($(Button.class).withId("new-activity").exists()).isFalse();
        navigate(ActivityView.class, Map.of("id", String.valueOf(activity)));
        assertThat($(Button.class).withId("edit-activity").exists()).isFalse();
        assertThat($(ComboBox.class).withId("register-member").exists()).isFalse();
        assertThat($(VerticalLayout.class).withId("business-round").exists())
                .isTrue();
        assertThat($(Button.class).withId("meeting-schedule").exists()).isFalse();
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a", fullName = "Gestora A")
    void the_coming_weeks_list_shows_an_activity_in_its_week() {
        long activity = fixture.activity(ActivityKind.TRAINING, fixture.roadmap.programA, 10, ActivityStatus.OPEN);

        navigate(ActivityListView.class);
        test($(Button.class).id("coming-activities")).click();
        assertThat(getCurrentView()).isInstanceOf(ComingActivitiesView.class);
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Taller de proveedores " + fixture.tag, "Capacitación");
        assertThat(jdbc.queryForObject("select count(*) from activity where id = ?", Integer.class, activity)).isOne();
    }

    @Test
    @WithAppUser(value = Role.BOARD, username = "board.a", fullName = "Consejera A")
    void a_suppliers_member_page_shows_its_meetings_and_the_contract_it_signed_in_a_business_round() {
        long round = fixture.activity(ActivityKind.BUSINESS_ROUND, null, 40, ActivityStatus.HELD);
        long mining = fixture.member("Minera Pestaña", "MINING_COMPANY");
        long supplier = fixture.member("Proveedora Pestaña", "SUPPLIER");
        TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> {
            long meeting = activityService.scheduleMeeting(round, new BusinessMeetingDraft(mining, supplier, 4,
                    LocalTime.of(11, 15)));
            activityService.recordOutcome(meeting, 0, MeetingOutcome.CONTRACT, 12_345_678L, null);
            return meeting;
        });

        navigate(MemberEditorView.class, Map.of("id", String.valueOf(supplier)));
        TabSheet tabs = $(TabSheet.class)
                .id("member-tabs");
        assertThat($(VerticalLayout.class).withId("engagement-panel")
                .exists()).as("built only when opened").isFalse();
        Tab engagement = $(Tab.class).all().stream()
                .filter(tab -> tab.getLabel().equals("Participación")).findFirst().orElseThrow();
        tabs.setSelectedTab(engagement);

        Grid<SignedContract> contracts = $(Grid.class).id("engagement-contracts");
        assertThat(test(contracts).size()).isEqualTo(1);
        assertThat(test(contracts).getCellText(0, 1)).isEqualTo("Minera Pestaña " + fixture.tag);
        assertThat(test(contracts).getCellText(0, 2)).isEqualTo("$12.345.678");
        Grid<MemberMeeting> meetings = $(Grid.class).id("engagement-meetings");
        assertThat(test(meetings).getCellText(0, 2)).isEqualTo("Contrato firmado");
    }
}
