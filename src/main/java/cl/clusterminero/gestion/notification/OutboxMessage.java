package cl.clusterminero.gestion.notification;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A rendered message waiting in the outbox, or the record of one sent or given up on. */
@Entity
@Table(name = "mail_outbox")
class OutboxMessage extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;
    @Size(max = 200)
    @Column(name = "dedup_key", nullable = false, length = 200)
    private String dedupKey;
    @Column(name = "user_id")
    private Long userId;
    @Size(max = 254)
    @Column(nullable = false, length = 254)
    private String recipient;
    @Size(max = 5)
    @Column(nullable = false, length = 5)
    private String language;
    @Size(max = 300)
    @Column(nullable = false, length = 300)
    private String subject;
    @Column(name = "html_body", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String htmlBody;
    @Column(name = "text_body", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String textBody;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboxStatus status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Size(max = 1000)
    @Column(name = "last_error", length = 1000)
    private String lastError;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    OutboxMessage(NotificationKind kind, String dedupKey, Long userId, String recipient, String language,
                  RenderedMail mail, Instant now, Instant sendAt) {
        this.kind = kind;
        this.dedupKey = dedupKey;
        this.userId = userId;
        this.recipient = recipient;
        this.language = language;
        this.subject = mail.subject().length() > 300 ? mail.subject().substring(0, 299) + "…" : mail.subject();
        this.htmlBody = mail.html();
        this.textBody = mail.text();
        this.status = OutboxStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = sendAt;
    }

    /** A failed one goes back to the queue for a fresh series of attempts. */
    void resend(Instant now) {
        if (status != OutboxStatus.FAILED) {
            throw new IllegalStateException("Only a failed message is sent again, not one " + status);
        }
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    OutboxStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getHtmlBody() {
        return htmlBody;
    }

    String getTextBody() {
        return textBody;
    }
}
