package cl.clusterminero.gestion.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has seen no user activity for the session timeout, even though the open browser tab keeps
 * sending Vaadin heartbeats (which renew the servlet session on their own). Heartbeats ({@code v-r=heartbeat}) do not
 * count as activity; every other request does. Runs before Spring Security loads the login from the session, so the
 * request that finds the session idle is already anonymous.
 */
class IdleSessionFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = IdleSessionFilter.class.getName() + ".lastActivity";
    private static final Logger log = LoggerFactory.getLogger(IdleSessionFilter.class);

    private final Duration timeout;
    private final Clock clock;

    IdleSessionFilter(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        long now = clock.millis();
        if (session != null) {
            Object last = session.getAttribute(LAST_ACTIVITY);
            if (last instanceof Long lastActivity && now - lastActivity >= timeout.toMillis()) {
                log.info("Ending session idle since {} ms ago (heartbeats only)", now - lastActivity);
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // invalidated meanwhile: nothing to do
                }
                session = null;
            }
        }
        if (!isHeartbeat(request)) {
            HttpSession current = session != null ? session : request.getSession(false);
            if (current != null) {
                current.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
        if (!isHeartbeat(request)) {
            HttpSession created = request.getSession(false);
            if (created != null && created.getAttribute(LAST_ACTIVITY) == null) {
                created.setAttribute(LAST_ACTIVITY, now);
            }
        }
    }

    static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }
}
