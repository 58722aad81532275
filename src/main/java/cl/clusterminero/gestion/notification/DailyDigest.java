package cl.clusterminero.gestion.notification;

import cl.clusterminero.gestion.security.MailRecipient;
import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.security.UserService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: from 07:00 (Chile) each user's HELD messages become one DAILY_DIGEST message, in their
 * language, with a section per message in the order they were written; the held ones are MERGED into it (those
 * of a kind the user has turned off since are DROPPED). One
 * transaction per user: the held rows are locked, the digest's key names the first of them, and every held row
 * must still be HELD when it is merged, so two nodes merging at once make one digest and the other rolls back.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final OutboxRepository messages;
    private final MailPreferenceRepository preferences;
    private final Outbox outbox;
    private final MailRenderer renderer;
    private final UserService users;
    private final TransactionTemplate tx;
    private final Clock clock;

    DailyDigest(OutboxRepository messages, MailPreferenceRepository preferences, Outbox outbox,
                MailRenderer renderer, UserService users, PlatformTransactionManager transactions, Clock clock) {
        this.messages = messages;
        this.preferences = preferences;
        this.outbox = outbox;
        this.renderer = renderer;
        this.users = users;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Writes every digest that is due; returns how many. */
    int mergeDue() {
        Instant now = clock.instant();
        List<Long> due = tx.execute(status -> messages.usersWithHeldDue(now));
        int written = 0;
        for (Long userId : due == null ? List.<Long>of() : due) {
            try {
                if (Boolean.TRUE.equals(tx.execute(status -> mergeFor(userId, now)))) {
                    written++;
                }
            } catch (DataIntegrityViolationException | IllegalStateException e) {
                // Another node wrote this user's digest first; its messages are in that one.
                log.info("Digest of user {} written by another sender: {}", userId, e.getMessage());
            } catch (RuntimeException e) {
                // One user's digest must not stop everyone's mail: it stays HELD and the next run tries again.
                log.warn("Digest of user {} not written, tried again next run", userId, e);
            }
        }
        return written;
    }

    private boolean mergeFor(long userId, Instant now) {
        List<OutboxMessage> due = messages.heldDue(userId, now);
        // A kind turned off since (an unsubscribe link, the preferences page) is not sent after all.
        Set<NotificationKind> off = preferences.findByUserId(userId).stream().filter(p -> !p.isEnabled())
                .map(MailPreference::getKind).collect(Collectors.toSet());
        List<Long> dropped = due.stream().filter(m -> off.contains(m.getKind())).map(OutboxMessage::getId).toList();
        if (!dropped.isEmpty()) {
            messages.dropHeld(dropped);
        }
        List<OutboxMessage> held = due.stream().filter(m -> !off.contains(m.getKind())).toList();
        if (held.isEmpty()) {
            return false;
        }
        List<Long> ids = held.stream().map(OutboxMessage::getId).toList();
        Optional<MailRecipient> to = SystemAuthentication.callAsSystem(() -> users.mailRecipient(userId))
                .filter(r -> r.email() != null && !r.email().isBlank());
        if (to.isEmpty()) {
            messages.failHeld(ids, "Sin dirección de correo al armar el resumen diario");
            return false;
        }
        Locale locale = outbox.languageOf(userId);
        RenderedMail mail = renderer.renderDigest(held.stream().map(OutboxMessage::section).toList(),
                to.get().fullName(), locale);
        OutboxMessage digest = messages.saveAndFlush(new OutboxMessage(NotificationKind.DAILY_DIGEST,
                "DAILY_DIGEST:user:" + userId + ":first:" + ids.getFirst(), userId, null, to.get().email(),
                locale.getLanguage(), mail, null, now, now));
        if (messages.markMerged(ids, digest.getId()) != ids.size()) {
            throw new IllegalStateException("held messages of user " + userId + " merged elsewhere");
        }
        return true;
    }
}
