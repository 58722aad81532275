package cl.clusterminero.gestion.notification;

import java.time.Instant;

/**
 * One outbox message as the admin opens it: who it is for (a user or a member's contact), what it says (the
 * plain-text part) and where it is in its delivery, with the last SMTP error.
 */
public record OutboxDetails(long id, NotificationKind kind, String recipient, Long userId, Long contactId,
                            String language, String subject, String textBody, OutboxStatus status, int attempts,
                            Instant createdAt, Instant nextAttemptAt, Instant claimedAt, Instant sentAt,
                            String lastError, String attachmentName, Long digestId) {
}
