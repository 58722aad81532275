package cl.clusterminero.gestion;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Users the tests log in as by name (program managers pm.a and pm.b, board members board.a and board.b, secretariat sec.a), created when the test context starts so that
 * {@code @WithAppUser} finds their ids whatever order the tests run in, on a fresh database too.
 */
@Component
@Profile("test")
class TestUsers implements ApplicationRunner {

    private final JdbcTemplate jdbc;

    TestUsers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure("pm.a", "Gestora A", "PROGRAM_MANAGER");
        ensure("pm.b", "Gestor B", "PROGRAM_MANAGER");
        ensure("board.a", "Consejera A", "BOARD");
        ensure("board.b", "Consejero B", "BOARD");
        ensure("sec.a", "Secretaria A", "SECRETARIAT");
    }

    private void ensure(String username, String fullName, String role) {
        List<Long> ids = jdbc.queryForList("select id from app_user where username = ?", Long.class, username);
        if (!ids.isEmpty()) {
            return;
        }
        jdbc.update("insert into app_user (username, full_name, password_hash, created_at) values (?, ?, ?, now())",
                username, fullName, "{noop}no-login-in-tests");
        Long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        jdbc.update("insert into app_user_role (user_id, role) values (?, ?)", id, role);
    }
}
