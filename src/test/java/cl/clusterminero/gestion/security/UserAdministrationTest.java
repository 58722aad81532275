package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.shared.audit.AuditEntry;
import cl.clusterminero.gestion.shared.audit.AuditLogFilter;
import cl.clusterminero.gestion.shared.audit.AuditLogRow;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The admin's user administration and everyone's own password change, against MariaDB. */
@IntegrationTest
class UserAdministrationTest {

    @Autowired UserService userService;
    @Autowired AuditLogService auditLogService;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;

    private static String freshUsername() {
        return "u." + UUID.randomUUID().toString().substring(0, 8);
    }

    private String hashOf(long id) {
        return jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, id);
    }

    @Test
    @WithAppUser(value = Role.ADMIN, username = "admin.pruebas")
    void the_admin_creates_a_user_with_a_temporary_password_stored_as_a_slow_hash() {
        String username = freshUsername();
        TemporaryPassword temporary = userService.create(new UserDraft(username, "Pedro Pérez Soto",
                "pperez@clusterminero.cl", Set.of(Role.PROGRAM_MANAGER)));

        UserAccount account = userService.account(temporary.userId());
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.roles()).containsExactly(Role.PROGRAM_MANAGER);
        assertThat(temporary.password()).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
        String hash = hashOf(temporary.userId());
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(temporary.password());
        assertThat(Integer.parseInt(hash.substring("{bcrypt}$2a$".length(), "{bcrypt}$2a$".length() + 2)))
                .isGreaterThanOrEqualTo(10);
        assertThat(passwordEncoder.matches(temporary.password(), hash)).isTrue();
    }

    @Test
    @WithAppUser(value = Role.ADMIN, username = "admin.pruebas")
    void a_taken_username_no_role_and_a_bad_email_are_refused_at_their_fields() {
        String username = freshUsername();
        userService.create(new UserDraft(username, "Ana Díaz", null, Set.of(Role.BOARD)));
        // The form sends an empty e-mail field as "": a user may have no e-mail.
        userService.create(new UserDraft(freshUsername(), "Sin Correo", "", Set.of(Role.BOARD)));

        assertThatThrownBy(() -> userService.create(new UserDraft(username.toUpperCase(), " ", "no-es-correo",
                Set.of()))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(FieldProblem::field).containsExactlyInAnyOrder("username", "fullName", "email", "roles"));
    }

    @Test
    @WithAppUser(value = Role.ADMIN, username = "admin.pruebas")
    void the_admin_cannot_disable_the_own_account_and_role_changes_are_in_the_history() {
        long self = jdbc.queryForObject("select id from app_user where username = 'admin.pruebas'", Long.class);
        assertThatThrownBy(() -> userService.setEnabled(self, userService.account(self).version(), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key).containsExactly("users.disable-self"));

        long id = userService.create(new UserDraft(freshUsername(), "Rosa Vega", null, Set.of(Role.BOARD))).userId();
        userService.update(id, userService.account(id).version(), new UserDraft(null, "Rosa Vega Muñoz", null,
                Set.of(Role.BOARD, Role.SECRETARIAT)));
        userService.setEnabled(id, userService.account(id).version(), false);

        assertThat(userService.account(id).enabled()).isFalse();
        assertThat(userService.changes(id)).flatExtracting(AuditEntry::changes).contains(
                new AuditEntry.Change("role", null, "SECRETARIAT"),
                new AuditEntry.Change("full_name", "Rosa Vega", "Rosa Vega Muñoz"),
                new AuditEntry.Change("enabled", "true", "false"));
        assertThat(userService.changes(id)).flatExtracting(AuditEntry::changes)
                .noneMatch(change -> change.field().contains("password_hash"));
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void nobody_but_the_admin_administers_users() {
        long id = jdbc.queryForObject("select id from app_user where username = 'pm.a'", Long.class);
        assertThatThrownBy(() -> userService.create(new UserDraft(freshUsername(), "X", null, Set.of(Role.ADMIN))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.resetPassword(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.setEnabled(id, 0, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.account(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_user_changes_the_own_password_proving_the_current_one_and_within_the_policy() {
        String username = freshUsername();
        TemporaryPassword temporary = TestLogin.as(jdbc, "admin.pruebas", Role.ADMIN, () -> userService.create(
                new UserDraft(username, "Luis Rojas", null, Set.of(Role.BOARD))));

        TestLogin.as(jdbc, username, Role.BOARD, () -> {
            assertThatThrownBy(() -> userService.changeOwnPassword("equivocada", "Pampa-del-Tamarugal",
                    "Pampa-del-Tamarugal")).isInstanceOfSatisfying(InvalidInputException.class, e ->
                    assertThat(e.problems()).extracting(FieldProblem::key).containsExactly("password.current.wrong"));
            assertThatThrownBy(() -> userService.changeOwnPassword(temporary.password(), "corta", "corta"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::key).containsExactly("password.too-short"));
            assertThatThrownBy(() -> userService.changeOwnPassword(temporary.password(), username + "-1234567890",
                    username + "-1234567890")).isInstanceOfSatisfying(InvalidInputException.class, e ->
                    assertThat(e.problems()).extracting(FieldProblem::key)
                            .containsExactly("password.contains-username"));
            userService.changeOwnPassword(temporary.password(), "Pampa-del-Tamarugal", "Pampa-del-Tamarugal");
            return null;
        });

        long id = temporary.userId();
        assertThat(passwordEncoder.matches("Pampa-del-Tamarugal", hashOf(id))).isTrue();
        assertThat(jdbc.queryForObject("select must_change_password from app_user where id = ?", Boolean.class, id))
                .isFalse();
    }

    @Test
    @WithAppUser(value = Role.ADMIN, username = "admin.pruebas", fullName = "Administración de Pruebas")
    void the_global_audit_log_lists_who_touched_which_records_and_filters_by_record_type_and_person() {
        String username = freshUsername();
        long id = userService.create(new UserDraft(username, "Elena Cortés", null, Set.of(Role.BOARD))).userId();

        List<AuditLogRow> latest = auditLogService.log(new AuditLogFilter("app_user", "Administración de Pruebas",
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)), PageRequest.of(0, 5));

        assertThat(latest).first().satisfies(row -> {
            assertThat(row.username()).isEqualTo("admin.pruebas");
            assertThat(row.touched()).contains(new AuditLogRow.Touched("app_user", id, AuditEntry.Kind.CREATED),
                    new AuditLogRow.Touched("app_user_role", id, AuditEntry.Kind.CHANGED));
        });
        assertThat(auditLogService.count(new AuditLogFilter("app_user", "nadie-con-este-nombre", null, null)))
                .isZero();
        assertThatThrownBy(() -> TestLogin.as(jdbc, "board.a", Role.BOARD, () -> auditLogService.count(
                AuditLogFilter.ALL))).isInstanceOf(AccessDeniedException.class);
    }
}
