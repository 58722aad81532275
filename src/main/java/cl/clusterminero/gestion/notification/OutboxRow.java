package cl.clusterminero.gestion.notification;

import java.time.Instant;

/** A message as the admin's outbox grid shows it. */
public record OutboxRow(long id, NotificationKind kind, String recipient, String subject, OutboxStatus status,
                        int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
}
