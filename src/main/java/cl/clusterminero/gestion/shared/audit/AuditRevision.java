package cl.clusterminero.gestion.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One audited transaction: when, and who (username and full name as they were at the time, so that the history
 * still reads right after a user is renamed or disabled).
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "revision_at", nullable = false)
    private Instant revisionAt;

    @Column(nullable = false, length = 50)
    private String username;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    public Long getId() {
        return id;
    }

    public Instant getRevisionAt() {
        return revisionAt;
    }

    void setRevisionAt(Instant revisionAt) {
        this.revisionAt = revisionAt;
    }

    void setUsername(String username) {
        this.username = username;
    }

    void setFullName(String fullName) {
        this.fullName = fullName;
    }
}
