package cl.clusterminero.gestion.security;

/** A password the admin hands over once (new user, reset); the user must replace it at the next login. */
public record TemporaryPassword(long userId, String password) {
}
