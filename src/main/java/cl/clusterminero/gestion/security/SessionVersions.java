package cl.clusterminero.gestion.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a logged-in session may go on: its user is still enabled and her {@code session_version} is still the one
 * she logged in with. Each node keeps the answer for {@code app.session.version-check} (default 2 s) per user, so a
 * change made through another node ends the session within that time at the latest, for one small query per user
 * and interval. Only a matching answer is kept: a mismatch is read again, so a fresh login right after a change on
 * this node is never refused on a stale entry.
 */
@Component
class SessionVersions {

    private record Checked(SessionState current, long atMillis) {
    }

    private final AppUserRepository users;
    private final Clock clock;
    private final long maxAgeMillis;
    private final Map<Long, Checked> checked = new ConcurrentHashMap<>();

    SessionVersions(AppUserRepository users, Clock clock,
                    @Value("${app.session.version-check:2s}") Duration maxAge) {
        this.users = users;
        this.clock = clock;
        this.maxAgeMillis = maxAge.toMillis();
    }

    @Transactional(readOnly = true)
    boolean stillValid(AppUserPrincipal principal) {
        long now = clock.millis();
        Checked last = checked.get(principal.id());
        if (last != null && now - last.atMillis() < maxAgeMillis && matches(last.current(), principal)) {
            return true;
        }
        Optional<SessionState> fresh = users.findSessionState(principal.id());
        if (fresh.isPresent() && matches(fresh.get(), principal)) {
            checked.put(principal.id(), new Checked(fresh.get(), now));
            return true;
        }
        checked.remove(principal.id());
        return false;
    }

    private static boolean matches(SessionState current, AppUserPrincipal principal) {
        return current.enabled() && current.sessionVersion() == principal.sessionVersion();
    }
}
