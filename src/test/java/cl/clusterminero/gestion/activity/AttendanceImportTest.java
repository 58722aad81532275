package cl.clusterminero.gestion.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.activity.ui.ActivityView;
import cl.clusterminero.gestion.activity.ui.AttendanceImportView;
import cl.clusterminero.gestion.member.Rut;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.transfer.ImportAction;
import cl.clusterminero.gestion.shared.transfer.ImportPreview;
import cl.clusterminero.gestion.shared.transfer.ImportRefusedException;
import cl.clusterminero.gestion.shared.ui.ImportPanel;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The attendance list import of a held activity: matched by member RUT and contact e-mail, a dry run with each
 * row's problems, then all rows or none; refused for an activity not held and for a user who may not edit it.
 */
@IntegrationTest
@SuppressWarnings("unchecked")
class AttendanceImportTest extends SpringBrowserlessTest {

    @Autowired ActivityService activityService;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    ActivityFixture fixture;
    long activity;
    long supplier;
    long mining;
    long ana;
    long pedro;
    long rosa;

    @BeforeEach
    void data() {
        fixture = new ActivityFixture(context);
        supplier = fixture.member("Maestranza Lista", "SUPPLIER");
        mining = fixture.member("Minera Lista", "MINING_COMPANY");
        ana = fixture.contact(supplier, "Ana Lista");
        pedro = fixture.contact(supplier, "Pedro Lista");
        rosa = fixture.contact(mining, "Rosa Lista");
    }

    private void heldActivityWithThreeRegistrations(ActivityStatus status) {
        activity = fixture.activity(ActivityKind.WORKSHOP, fixture.roadmap.programA, 10, ActivityStatus.OPEN);
        SystemAuthentication.callAsSystem(() -> {
            activityService.register(activity, supplier, ana);
            activityService.register(activity, supplier, pedro);
            activityService.register(activity, mining, rosa);
            return null;
        });
        jdbc.update("update activity set status = ? where id = ?", status.name(), activity);
    }

    private String rut(long member) {
        return Rut.format(jdbc.queryForObject("select rut from member where id = ?", String.class, member));
    }

    private String email(long contact) {
        return jdbc.queryForObject("select email from contact where id = ?", String.class, contact);
    }

    private Map<Long, String> attendance() {
        Map<Long, String> byContact = new HashMap<>();
        jdbc.query("select contact_id, attendance from participation where activity_id = ?",
                rs -> { byContact.put(rs.getLong(1), rs.getString(2)); }, activity);
        return byContact;
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void a_clean_list_records_each_registrations_attendance_matched_by_rut_and_email() {
        heldActivityWithThreeRegistrations(ActivityStatus.HELD);
        byte[] file = ("RUT;Correo;Asistencia\n"
                + rut(supplier) + ";" + email(ana).toUpperCase() + ";Asistió\n"
                + rut(supplier).replace(".", "") + ";" + email(pedro) + ";justificó\n"
                + rut(mining) + ";" + email(rosa) + ";No asistió\n").getBytes(StandardCharsets.UTF_8);

        ImportPreview<AttendanceImportRow> preview = activityService.attendancePreview(activity, "lista.csv", file);
        assertThat(preview.committable()).isTrue();
        assertThat(preview.rows()).extracting(AttendanceImportRow::action).containsOnly(ImportAction.UPDATE);
        assertThat(attendance()).as("the dry run writes nothing").containsValues(null, null, null);

        activityService.attendanceCommit(activity, "lista.csv", file, preview.rows());
        assertThat(attendance()).containsExactlyInAnyOrderEntriesOf(Map.of(ana, "ATTENDED", pedro, "EXCUSED",
                rosa, "ABSENT"));
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void a_list_with_a_problem_in_any_row_reports_each_and_writes_nothing() {
        heldActivityWithThreeRegistrations(ActivityStatus.HELD);
        byte[] file = ("rut;email;asistencia\n"
                + rut(supplier) + ";" + email(ana) + ";asistió\n"
                + rut(mining) + ";" + email(ana) + ";asistió\n"
                + "12.345.678-9;" + email(pedro) + ";asistió\n"
                + rut(mining) + ";" + email(rosa) + ";tal vez\n"
                + rut(supplier) + ";" + email(ana) + ";no asistió\n").getBytes(StandardCharsets.UTF_8);

        ImportPreview<AttendanceImportRow> preview = activityService.attendancePreview(activity, "lista.csv", file);
        assertThat(preview.committable()).isFalse();
        assertThat(preview.rows()).extracting(row -> row.problems().stream().map(FieldProblem::key).toList())
                .containsExactly(List.of(), List.of("import.attendance.not-registered"),
                        List.of("import.attendance.rut-invalid"), List.of("import.attendance.value-invalid"),
                        List.of("import.attendance.duplicate"));
        assertThatThrownBy(() -> activityService.attendanceCommit(activity, "lista.csv", file, preview.rows()))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(attendance()).containsValues(null, null, null);
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.b")
    void an_activity_not_held_or_outside_the_managers_programs_takes_no_attendance_list() {
        heldActivityWithThreeRegistrations(ActivityStatus.HELD);
        byte[] file = ("rut;email;asistencia\n" + rut(supplier) + ";" + email(ana) + ";asistió\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> activityService.attendancePreview(activity, "lista.csv", file))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activityService.attendanceCommit(activity, "lista.csv", file, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(attendance()).containsValues(null, null, null);
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a")
    void the_manager_of_its_program_is_told_the_activity_is_not_held_yet() {
        heldActivityWithThreeRegistrations(ActivityStatus.OPEN);
        byte[] file = ("rut;email;asistencia\n" + rut(supplier) + ";" + email(ana) + ";asistió\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportPreview<AttendanceImportRow> preview = activityService.attendancePreview(activity, "lista.csv", file);
        assertThat(preview.fileProblems()).extracting(FieldProblem::key).containsExactly("activity.attendance.not-held");
        assertThatThrownBy(() -> activityService.attendanceCommit(activity, "lista.csv", file, preview.rows()))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(attendance()).containsValues(null, null, null);
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a", fullName = "Secretaria A")
    void the_secretariat_opens_the_import_from_the_held_activity_checks_a_file_and_commits_it() {
        heldActivityWithThreeRegistrations(ActivityStatus.HELD);
        navigate(ActivityView.class, Map.of("id", String.valueOf(activity)));
        test($(Button.class).id("import-attendance")).click();
        AttendanceImportView view = (AttendanceImportView) getCurrentView();

        byte[] bad = ("rut;email;asistencia\n" + rut(supplier) + ";nadie@ejemplo.cl;asistió\n")
                .getBytes(StandardCharsets.UTF_8);
        view.show("mala.csv", bad, activityService.attendancePreview(activity, "mala.csv", bad));
        assertThat($(Span.class).id("import-summary").getText())
                .isEqualTo("mala.csv: asistencias por registrar 0, filas con problemas 1.");
        Grid<ImportPanel.Problem> problems = $(Grid.class).id("import-problems");
        assertThat(test(problems).getCellText(0, 1)).isEqualTo("email");
        assertThat(test(problems).getCellText(0, 2))
                .isEqualTo("No hay un contacto con este RUT y correo inscrito en la actividad.");
        assertThat($(Button.class).id("import-commit").isEnabled()).isFalse();

        byte[] good = ("rut;email;asistencia\n" + rut(supplier) + ";" + email(ana) + ";asistió\n")
                .getBytes(StandardCharsets.UTF_8);
        view.show("buena.csv", good, activityService.attendancePreview(activity, "buena.csv", good));
        test($(Button.class).id("import-commit")).click();
        assertThat(getCurrentView()).isInstanceOf(ActivityView.class);
        assertThat(attendance().get(ana)).isEqualTo("ATTENDED");
    }
}
