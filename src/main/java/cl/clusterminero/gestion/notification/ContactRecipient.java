package cl.clusterminero.gestion.notification;

/** A member's contact a message goes to: no account, so no language setting (Spanish) and no preferences page. */
record ContactRecipient(long contactId, String fullName, String email) {
}
