package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import jakarta.servlet.Filter;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** The security configuration as the running application has it: filters, session settings, exposure. */
@IntegrationTest
class SecurityConfigurationTest {

    @Autowired List<SecurityFilterChain> chains;
    @Autowired Environment environment;
    @Autowired ApplicationContext context;

    private List<Class<?>> filters() {
        assertThat(chains).hasSize(1);
        return chains.getFirst().getFilters().stream().<Class<?>>map(Filter::getClass).toList();
    }

    @Test
    void the_chain_ends_idle_sessions_checks_csrf_on_login_writes_headers_and_tracks_sessions() {
        List<Class<?>> filters = filters();
        assertThat(filters).contains(IdleSessionFilter.class, HeaderWriterFilter.class, ConcurrentSessionFilter.class);
        assertThat(filters.stream().filter(CsrfFilter.class::equals)).as("Vaadin's CSRF filter and the login's")
                .hasSize(2);
        assertThat(filters.indexOf(IdleSessionFilter.class))
                .as("the idle check runs before the login is read from the session")
                .isLessThan(filters.indexOf(SecurityContextHolderFilter.class));
    }

    @Test
    void idle_sessions_close_even_with_heartbeats_and_heartbeats_come_well_inside_the_timeout() {
        assertThat(environment.getProperty("vaadin.close-idle-sessions", Boolean.class)).isTrue();
        Duration timeout = environment.getProperty("server.servlet.session.timeout", Duration.class);
        assertThat(timeout).isEqualTo(Duration.ofMinutes(30));
        int heartbeatSeconds = environment.getProperty("vaadin.heartbeat-interval", Integer.class);
        assertThat(Duration.ofSeconds(heartbeatSeconds)).isLessThan(timeout.dividedBy(2));
    }

    @Test
    void the_session_cookie_is_httponly_and_samesite_and_actuator_exposes_only_health() {
        assertThat(environment.getProperty("server.servlet.session.cookie.http-only")).isEqualTo("true");
        assertThat(environment.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health");
        assertThat(environment.getProperty("management.endpoint.health.show-details")).isEqualTo("never");
        assertThat(environment.getProperty("server.error.include-stacktrace")).isEqualTo("never");
    }

    @Test
    void a_session_registry_knows_the_sessions_of_a_principal_by_user_name() {
        assertThat(context.getBean(SessionRegistry.class)).isInstanceOf(SessionRegistryImpl.class);
        assertThat(context.getBeansOfType(HttpSessionEventPublisher.class)).hasSize(1);
        AppUserPrincipal one = new AppUserPrincipal(1, "gestora", "A", "x", true, EnumSet.of(Role.PROGRAM_MANAGER));
        AppUserPrincipal again = new AppUserPrincipal(1, "gestora", "A", null, true, EnumSet.of(Role.ADMIN));
        assertThat(one).isEqualTo(again).hasSameHashCodeAs(again);
    }
}
