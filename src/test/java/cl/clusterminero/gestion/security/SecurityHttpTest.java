package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cl.clusterminero.gestion.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The HTTP side of login in the shared context (MockMvc over the real security filter chain, no second context;
 * only requests the filters answer themselves, since Vaadin's servlet is not part of MockMvc): headers, CSRF on the
 * login POST, session fixation, logout. The same against the production jar over real HTTP is
 * {@code e2e.HttpSecurityJourneyIT}.
 */
@IntegrationTest
class SecurityHttpTest {

    @Autowired WebApplicationContext web;
    @Autowired LoginThrottle throttle;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @AfterEach
    void forgetFailures() {
        throttle.reset();
    }

    @Test
    void responses_carry_the_security_headers() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/actuator/health")).andReturn().getResponse();
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(response.getHeader("Content-Security-Policy"))
                .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'");
    }

    @Test
    void a_login_post_without_the_csrf_token_is_refused() throws Exception {
        MockHttpSession session = new MockHttpSession();
        token(session);
        MockHttpServletResponse response = mvc.perform(post("/login").session(session)
                .param("username", "pm.a").param("password", "no-login-in-tests")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(loggedIn(session)).isNull();
        assertThat(mvc.perform(get("/usuarios").session(session)).andReturn().getResponse().getStatus())
                .as("still anonymous").isEqualTo(302);
    }

    @Test
    void the_session_id_changes_at_login_and_logout_ends_the_session() throws Exception {
        MockHttpSession session = new MockHttpSession();
        CsrfToken token = token(session);
        String before = session.getId();

        MvcResult login = mvc.perform(post("/login").session(session).param("username", "pm.a")
                .param("password", "no-login-in-tests").param(token.getParameterName(), token.getToken())).andReturn();
        assertThat(login.getResponse().getStatus()).isEqualTo(302);
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(loggedIn(session)).isEqualTo("pm.a");
        assertThat(session.getId()).isNotEqualTo(before);

        CsrfToken current = token(session);
        mvc.perform(post("/logout").session(session).param(current.getParameterName(), current.getToken()));
        assertThat(session.isInvalid()).isTrue();
    }

    /** A request the security chain answers itself, which leaves the session's CSRF token on the request. */
    private CsrfToken token(MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(get("/actuator/health").session(session)).andReturn();
        CsrfToken token = (CsrfToken) result.getRequest().getAttribute(CsrfToken.class.getName());
        token.getToken(); // generates and stores it in the session
        return token;
    }

    private static String loggedIn(MockHttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security && security.getAuthentication() != null
                ? security.getAuthentication().getName() : null;
    }
}
