package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cl.clusterminero.gestion.IntegrationTest;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sessions end on every node when the admin disables a user, resets her password or changes her roles. A MockMvc
 * session is never registered with this node's {@link ActiveSessions} (the servlet container's listeners do not see
 * it), so it stands for a session held by another application node: only the per-request check of
 * {@code session_version} (SessionVersionFilter) can end it. The same across two real nodes is checked by
 * {@code scripts/cluster-drill.sh}.
 */
@IntegrationTest
class SecuritySessionRevocationTest {

    @Autowired WebApplicationContext web;
    @Autowired UserService userService;
    @Autowired JdbcTemplate jdbc;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @Test
    void a_user_disabled_elsewhere_loses_her_open_session_within_a_few_seconds() throws Exception {
        TemporaryPassword user = asAdmin(() -> userService.create(new UserDraft(freshUsername(), "Inés Araya Rojas",
                null, Set.of(Role.SECRETARIAT))));
        MockHttpSession session = logIn(user);
        long version = asAdmin(() -> userService.account(user.userId()).version());

        asAdmin(() -> {
            userService.setEnabled(user.userId(), version, false);
            return null;
        });

        assertThat(secondsUntilEnded(session)).isLessThan(5);
    }

    @Test
    void a_password_reset_or_a_role_change_ends_the_session_but_the_next_login_stays() throws Exception {
        TemporaryPassword user = asAdmin(() -> userService.create(new UserDraft(freshUsername(), "Luis Tapia Vera",
                null, Set.of(Role.BOARD))));
        MockHttpSession first = logIn(user);
        TemporaryPassword reset = asAdmin(() -> userService.resetPassword(user.userId()));
        assertThat(secondsUntilEnded(first)).isLessThan(5);

        MockHttpSession second = logIn(reset);
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/actuator/health").session(second));
        }
        assertThat(loggedIn(second)).as("a login after the reset is not refused on a stale check").isNotNull();

        UserAccount account = asAdmin(() -> userService.account(user.userId()));
        asAdmin(() -> {
            userService.update(user.userId(), account.version(), new UserDraft(account.username(), account.fullName(),
                    null, Set.of(Role.BOARD, Role.SECRETARIAT)));
            return null;
        });
        assertThat(secondsUntilEnded(second)).isLessThan(5);
    }

    /** Sends requests as the browser's heartbeats would, until the session is ended; returns how long it took. */
    private double secondsUntilEnded(MockHttpSession session) throws Exception {
        long start = System.nanoTime();
        while (!session.isInvalid() && System.nanoTime() - start < 10_000_000_000L) {
            mvc.perform(get("/actuator/health").session(session));
            if (!session.isInvalid()) {
                Thread.sleep(100);
            }
        }
        assertThat(session.isInvalid()).as("session ended").isTrue();
        return (System.nanoTime() - start) / 1e9;
    }

    private MockHttpSession logIn(TemporaryPassword user) throws Exception {
        String username = jdbc.queryForObject("select username from app_user where id = ?", String.class,
                user.userId());
        MockHttpSession session = new MockHttpSession();
        MvcResult page = mvc.perform(get("/actuator/health").session(session)).andReturn();
        CsrfToken token = (CsrfToken) page.getRequest().getAttribute(CsrfToken.class.getName());
        token.getToken();
        mvc.perform(post("/login").session(session).param("username", username).param("password", user.password())
                .param(token.getParameterName(), token.getToken()));
        assertThat(loggedIn(session)).isEqualTo(username);
        return session;
    }

    private <T> T asAdmin(Supplier<T> work) {
        return TestLogin.as(jdbc, "admin.pruebas", Role.ADMIN, work);
    }

    private static String freshUsername() {
        return "rev." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String loggedIn(MockHttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security && security.getAuthentication() != null
                ? security.getAuthentication().getName() : null;
    }
}
