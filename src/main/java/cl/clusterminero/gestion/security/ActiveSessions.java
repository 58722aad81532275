package cl.clusterminero.gestion.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The open HTTP sessions of this node, so that disabling a user (or resetting their password) ends their sessions
 * at once instead of when they time out. Spring Boot registers it with the servlet container as a listener; the
 * id listener follows the session id change at login.
 */
@Component
class ActiveSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(ActiveSessions.class);

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.remove(oldSessionId);
        sessions.put(event.getSession().getId(), event.getSession());
    }

    /** Invalidates every session logged in as {@code username}; returns how many ended. */
    int endSessionsOf(String username) {
        int ended = 0;
        for (HttpSession session : sessions.values()) {
            try {
                if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context && context.getAuthentication() != null
                        && username.equalsIgnoreCase(context.getAuthentication().getName())) {
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyInvalid) {
                sessions.remove(session.getId(), session);
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of user '{}'", ended, username);
        }
        return ended;
    }

    int count() {
        return sessions.size();
    }
}
