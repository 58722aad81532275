package cl.clusterminero.gestion.notification;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
    @Column(name = "contact_id")
    private Long contactId;
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
    @Size(max = 100)
    @Column(name = "attachment_name", length = 100)
    private String attachmentName;
    @Size(max = 100)
    @Column(name = "attachment_type", length = 100)
    private String attachmentType;
    @Column(columnDefinition = "MEDIUMBLOB")
    private byte[] attachment;
    @Column(name = "section_intro", columnDefinition = "TEXT")
    private String sectionIntro;
    @Column(name = "section_items", columnDefinition = "TEXT")
    private String sectionItems;
    @Size(max = 200)
    @Column(name = "section_action", length = 200)
    private String sectionAction;
    @Size(max = 600)
    @Column(name = "section_link", length = 600)
    private String sectionLink;
    @Size(max = 600)
    @Column(name = "section_unsubscribe", length = 600)
    private String sectionUnsubscribe;
    @Column(name = "digest_id")
    private Long digestId;
    @Column(name = "claimed_at")
    private Instant claimedAt;

    protected OutboxMessage() {
    }

    /** A message sent on its own at {@code sendAt}. */
    OutboxMessage(NotificationKind kind, String dedupKey, Long userId, Long contactId, String recipient,
                  String language, RenderedMail mail, MailAttachment file, Instant now, Instant sendAt) {
        this.kind = kind;
        this.dedupKey = dedupKey;
        this.userId = userId;
        this.contactId = contactId;
        this.recipient = recipient;
        this.language = language;
        this.subject = mail.subject().length() > 300 ? mail.subject().substring(0, 299) + "…" : mail.subject();
        this.htmlBody = mail.html();
        this.textBody = mail.text();
        this.status = OutboxStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = sendAt;
        if (file != null) {
            this.attachmentName = file.name();
            this.attachmentType = file.contentType();
            this.attachment = file.content();
        }
    }

    /** A user's message that waits for their daily digest at {@code digestAt} and is sent inside it. */
    static OutboxMessage held(NotificationKind kind, String dedupKey, long userId, String recipient, String language,
                              RenderedMail mail, Instant now, Instant digestAt) {
        OutboxMessage message = new OutboxMessage(kind, dedupKey, userId, null, recipient, language, mail, null, now,
                digestAt);
        message.status = OutboxStatus.HELD;
        MailSection section = mail.section();
        message.sectionIntro = section.intro();
        // One item a line: a line break inside an item (user text) would split it, so it becomes a space.
        message.sectionItems = String.join("\n", section.items().stream()
                .map(item -> item.replaceAll("[\\r\\n]+", " ")).toList());
        message.sectionAction = section.action();
        message.sectionLink = section.link();
        message.sectionUnsubscribe = section.unsubscribe();
        return message;
    }

    /** What the digest shows of a held message. */
    MailSection section() {
        List<String> items = sectionItems == null || sectionItems.isEmpty() ? List.of()
                : List.of(sectionItems.split("\n"));
        return new MailSection(subject, sectionIntro, items, sectionAction, sectionLink, sectionUnsubscribe);
    }

    Optional<MailAttachment> file() {
        return attachment == null ? Optional.empty()
                : Optional.of(new MailAttachment(attachmentName, attachmentType, attachment));
    }

    OutboxDetails details() {
        return new OutboxDetails(getId(), kind, recipient, userId, contactId, language, subject, textBody, status,
                attempts, createdAt, nextAttemptAt, claimedAt, sentAt, lastError, attachmentName, digestId);
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

    NotificationKind getKind() {
        return kind;
    }

    Long getUserId() {
        return userId;
    }

    Instant getCreatedAt() {
        return createdAt;
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
