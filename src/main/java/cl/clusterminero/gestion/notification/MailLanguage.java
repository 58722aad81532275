package cl.clusterminero.gestion.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The language a user reads their mail in ({@code es} or {@code en}). */
@Entity
@Table(name = "mail_language")
class MailLanguage {

    @Id
    @Column(name = "user_id")
    private Long userId;
    @Version
    @Column(nullable = false)
    private long version;
    @Column(nullable = false, length = 5)
    private String language;

    protected MailLanguage() {
    }

    MailLanguage(Long userId, String language) {
        this.userId = userId;
        this.language = language;
    }

    String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }
}
