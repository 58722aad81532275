package cl.clusterminero.gestion.security;

/** An admin disabled a user account; published inside the transaction of the change. */
public record AccountDisabledEvent(long userId) {
}
