package cl.clusterminero.gestion.security;

/** Who a message goes to: the user, the name it greets and the address (null when the user has none). */
public record MailRecipient(long userId, String fullName, String email) {
}
