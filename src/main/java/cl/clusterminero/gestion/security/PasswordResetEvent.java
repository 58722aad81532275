package cl.clusterminero.gestion.security;

/** An admin reset a user's password; published inside the transaction of the change. */
public record PasswordResetEvent(long userId) {
}
