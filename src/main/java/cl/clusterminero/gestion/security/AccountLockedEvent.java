package cl.clusterminero.gestion.security;

import java.time.Instant;

/**
 * Published (inside the transaction that recorded the failure) each time repeated failed logins lock a user name,
 * on whichever node served the last failure. {@code username} is the name as typed, trimmed and lower-cased: it may
 * not belong to any account, since unknown names are throttled like real ones.
 */
public record AccountLockedEvent(String username, Instant lockedUntil) {
}
