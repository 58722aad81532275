package cl.clusterminero.gestion.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose user was disabled, had her password reset or her roles changed, whichever node the admin
 * used: the node that served the admin ends the sessions it holds at once ({@link ActiveSessions}); every other
 * node ends them here, at the session's next request (a Vaadin heartbeat at the latest, every 60 s), once
 * {@link SessionVersions} sees the raised {@code session_version}. Runs before Spring Security loads the login from
 * the session, so that request is already anonymous and gets the login page.
 */
class SessionVersionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionVersionFilter.class);

    private final SessionVersions versions;

    SessionVersionFilter(SessionVersions versions) {
        this.versions = versions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof AppUserPrincipal principal
                && !stillValid(principal)) {
            log.info("Ending a session of user '{}': disabled, password reset or roles changed", principal.getUsername());
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * While the database cannot be reached the session is kept: every request that reads or saves data fails anyway,
     * and refusing heartbeats too would log everybody out during a database failover.
     */
    private boolean stillValid(AppUserPrincipal principal) {
        try {
            return versions.stillValid(principal);
        } catch (DataAccessException unreachable) {
            log.warn("Session check of '{}' skipped: {}", principal.getUsername(), unreachable.getMessage());
            return true;
        }
    }
}
