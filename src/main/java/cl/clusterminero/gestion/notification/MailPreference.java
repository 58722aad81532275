package cl.clusterminero.gestion.notification;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** One user's choice for one kind of message: whether they get it, and as it happens or in the daily digest. */
@Entity
@Audited
@Table(name = "mail_preference")
class MailPreference extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;
    @Column(nullable = false)
    private boolean enabled;
    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest;

    protected MailPreference() {
    }

    MailPreference(Long userId, NotificationKind kind) {
        this.userId = userId;
        this.kind = kind;
        this.enabled = true;
    }

    void choose(boolean enabled, boolean dailyDigest) {
        this.enabled = enabled;
        this.dailyDigest = dailyDigest;
    }

    NotificationKind getKind() {
        return kind;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isDailyDigest() {
        return dailyDigest;
    }
}
