package cl.clusterminero.gestion.notification;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The kinds of mail each member's contact turned off through an unsubscribe link (contacts have no settings page). */
@Component
class ContactOptouts {

    private final JdbcTemplate jdbc;

    ContactOptouts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean optedOut(long contactId, NotificationKind kind) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from mail_contact_optout where contact_id = ? and kind = ?)", Boolean.class,
                contactId, kind.name()));
    }

    /** Idempotent: a second click on the same link changes nothing. Returns false when the contact no longer exists. */
    boolean optOut(long contactId, NotificationKind kind, Instant now) {
        return jdbc.update("""
                insert ignore into mail_contact_optout (contact_id, kind, created_at)
                select id, ?, ? from contact where id = ?
                """, kind.name(), Timestamp.from(now), contactId) > 0
                || optedOut(contactId, kind);
    }
}
