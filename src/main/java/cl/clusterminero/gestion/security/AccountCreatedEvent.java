package cl.clusterminero.gestion.security;

/** A user account was created (the mail tells its owner, never the password); published inside the transaction of the change. */
public record AccountCreatedEvent(long userId) {
}
