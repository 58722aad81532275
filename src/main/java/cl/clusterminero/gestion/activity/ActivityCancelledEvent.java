package cl.clusterminero.gestion.activity;

/** An activity was cancelled; published inside the transaction of the change, once per cancellation. */
public record ActivityCancelledEvent(long activityId, long version) {
}
