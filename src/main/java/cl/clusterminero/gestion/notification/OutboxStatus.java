package cl.clusterminero.gestion.notification;

/** Where a message is: waiting (maybe after failed attempts), being sent, sent, or given up on. */
public enum OutboxStatus {
    PENDING, SENDING, SENT, FAILED
}
