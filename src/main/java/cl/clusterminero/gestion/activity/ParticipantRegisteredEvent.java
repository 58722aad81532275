package cl.clusterminero.gestion.activity;

/**
 * A member's contact was registered to an activity; published inside the registration's transaction, so what a
 * listener writes (the invitation in the mail outbox) commits or rolls back with it.
 */
public record ParticipantRegisteredEvent(long activityId, long participationId) {
}
