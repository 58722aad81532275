package cl.clusterminero.gestion.notification;

/**
 * Where a message is: waiting (maybe after failed attempts), being sent, sent, or given up on; HELD waits for its
 * recipient's daily digest and is MERGED once a digest carries it (the digest is the message that is sent), or
 * DROPPED when the recipient turned its kind off before the digest was made.
 */
public enum OutboxStatus {
    PENDING, SENDING, SENT, FAILED, HELD, MERGED, DROPPED
}
