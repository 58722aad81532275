package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Logging in through the application's real authentication manager, against MariaDB: throttling per account,
 * password storage, and no default accounts outside the demo profile. (The test users' stored password is
 * {@code {noop}no-login-in-tests}.)
 */
@IntegrationTest
class SecurityAuthenticationTest {

    private static final String TEST_PASSWORD = "no-login-in-tests";

    @Autowired AuthenticationConfiguration authenticationConfiguration;
    @Autowired LoginThrottle throttle;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @AfterEach
    void forgetFailures() {
        throttle.reset();
    }

    private Authentication logIn(String username, String password) throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void five_wrong_passwords_lock_that_account_even_for_the_right_password_and_no_other() throws Exception {
        assertThat(logIn("pm.b", TEST_PASSWORD).isAuthenticated()).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> logIn("pm.b", "adivinando")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> logIn("pm.b", TEST_PASSWORD)).isInstanceOf(LoginThrottledException.class)
                .satisfies(e -> assertThat(((LoginThrottledException) e).minutes()).isEqualTo(1));
        assertThat(logIn("pm.a", TEST_PASSWORD).isAuthenticated()).as("another account is untouched").isTrue();
    }

    @Test
    void a_successful_login_resets_the_count_and_unknown_names_are_throttled_too() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> logIn("board.a", "adivinando")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(logIn("board.a", TEST_PASSWORD).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> logIn("board.a", "adivinando")).isInstanceOf(BadCredentialsException.class);
        assertThat(logIn("board.a", TEST_PASSWORD).isAuthenticated()).isTrue();

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> logIn("no.existe", "x")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> logIn("no.existe", "x")).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void passwords_are_stored_as_a_slow_salted_bcrypt_hash() {
        String stored = jdbc.queryForObject("select password_hash from app_user where username = 'admin.pruebas'",
                String.class);
        Matcher bcrypt = Pattern.compile("^\\{bcrypt}\\$2[aby]?\\$(\\d\\d)\\$.{53}$").matcher(stored);
        assertThat(bcrypt.matches()).as(stored.substring(0, 12) + "…").isTrue();
        assertThat(Integer.parseInt(bcrypt.group(1))).as("cost").isGreaterThanOrEqualTo(10);
        assertThat(stored).doesNotContain("Quebrada");

        String fresh = passwordEncoder.encode("Quebrada-Tarapaca-Norte");
        assertThat(fresh).startsWith("{bcrypt}$2").isNotEqualTo(passwordEncoder.encode("Quebrada-Tarapaca-Norte"));
        long start = System.nanoTime();
        assertThat(passwordEncoder.matches("Quebrada-Tarapaca-Norte", stored)).isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("one password check takes real work").isGreaterThanOrEqualTo(20);
    }

    @Test
    void outside_the_demo_profile_no_default_account_exists_or_accepts_the_demo_password() {
        assertThat(context.getBeansOfType(DemoUsers.class)).isEmpty();
        List<String> demoNames = DemoUsers.USERS.stream().map(DemoUsers.DemoUser::username).toList();
        for (String name : demoNames) {
            List<String> hashes = jdbc.queryForList("select password_hash from app_user where username = ?",
                    String.class, name);
            assertThat(hashes.stream().noneMatch(hash -> passwordEncoder.matches(DemoUsers.PASSWORD, hash)))
                    .as(name).isTrue();
            assertThatThrownBy(() -> logIn(name, DemoUsers.PASSWORD)).as(name)
                    .isInstanceOf(BadCredentialsException.class);
        }
        // Without APP_ADMIN_* the application refuses to start: AdminBootstrapTest.
    }
}
