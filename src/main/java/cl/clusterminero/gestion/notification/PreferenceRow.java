package cl.clusterminero.gestion.notification;

/** One kind of message and the user's choice for it. */
public record PreferenceRow(NotificationKind kind, boolean enabled, boolean dailyDigest) {
}
