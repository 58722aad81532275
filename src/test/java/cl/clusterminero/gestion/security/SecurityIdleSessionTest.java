package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * Idle sessions end even while the browser sends heartbeats. Waiting 30 real minutes (or even one) in a test is too
 * slow, and the servlet container's own expiry never fires while heartbeats keep renewing the session, so the rule
 * is checked where it lives: the filter, with a clock the test moves, and the same request shapes the browser sends
 * (heartbeats are {@code POST ?v-r=heartbeat}, user actions {@code POST ?v-r=uidl}). That the filter is in the
 * security chain, and Vaadin's own idle-session setting is on, is checked in {@code SecurityConfigurationTest}.
 */
class SecurityIdleSessionTest {

    private final SecurityLoginThrottleTest.MovableClock clock = new SecurityLoginThrottleTest.MovableClock();
    private final IdleSessionFilter filter = new IdleSessionFilter(Duration.ofMinutes(30), clock);
    private final MockHttpSession session = new MockHttpSession();

    @Test
    void heartbeats_alone_do_not_keep_a_session_alive_past_the_timeout() throws Exception {
        send("uidl");
        for (int minute = 5; minute <= 30; minute += 5) {
            clock.advance(Duration.ofMinutes(5));
            send("heartbeat");
        }
        assertThat(session.isInvalid()).as("30 minutes of heartbeats only").isTrue();
    }

    @Test
    void user_activity_keeps_the_session_and_the_timeout_counts_from_the_last_action() throws Exception {
        send("uidl");
        clock.advance(Duration.ofMinutes(20));
        send("heartbeat");
        clock.advance(Duration.ofMinutes(9));
        send("uidl");
        clock.advance(Duration.ofMinutes(29));
        send("heartbeat");
        assertThat(session.isInvalid()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        HttpServletRequest seen = send("heartbeat");
        assertThat(session.isInvalid()).isTrue();
        assertThat(seen.getSession(false)).as("the rest of the chain sees no session (no login)").isNull();
    }

    private HttpServletRequest send(String requestType) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", requestType);
        if (!session.isInvalid()) {
            request.setSession(session);
        }
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse res) {
                seen.set((HttpServletRequest) req);
            }
        });
        return seen.get();
    }
}
