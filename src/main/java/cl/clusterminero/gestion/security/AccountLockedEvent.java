package cl.clusterminero.gestion.security;

import java.time.Instant;

/** The login throttle locked a user name after repeated failed logins, until the given time. */
public record AccountLockedEvent(String username, Instant lockedUntil) {
}
