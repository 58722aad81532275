package cl.clusterminero.gestion.notification;

import cl.clusterminero.gestion.security.MailRecipient;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes messages to the outbox inside the transaction of the change that causes them (MANDATORY: a change that
 * rolls back leaves no mail behind, and no mail is ever sent from inside a save). The recipient's preferences apply
 * here: a kind turned off is not written, a daily-digest kind waits for the next morning's send.
 */
@Component
class Outbox {

    static final LocalTime DAILY_SEND = LocalTime.of(7, 0);

    private final OutboxRepository messages;
    private final MailPreferenceRepository preferences;
    private final MailLanguageRepository languages;
    private final MailRenderer renderer;
    private final UnsubscribeTokens tokens;
    private final Clock clock;

    Outbox(OutboxRepository messages, MailPreferenceRepository preferences, MailLanguageRepository languages,
           MailRenderer renderer, UnsubscribeTokens tokens, Clock clock) {
        this.messages = messages;
        this.preferences = preferences;
        this.languages = languages;
        this.renderer = renderer;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * Enqueues one message unless the recipient has no address, turned the kind off, or a message with the same
     * key exists (time-based reminders use a key of kind + subject + due date, so a second run adds nothing).
     * Returns whether it was written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean enqueue(NotificationKind kind, MailRecipient to, MailContent content, String dedupKey) {
        if (to.email() == null || to.email().isBlank() || messages.existsByDedupKey(dedupKey)) {
            return false;
        }
        var preference = preferences.findByUserIdAndKind(to.userId(), kind);
        if (kind.optional() && preference.isPresent() && !preference.get().isEnabled()) {
            return false;
        }
        Instant now = clock.instant();
        Instant sendAt = kind.optional() && preference.map(MailPreference::isDailyDigest).orElse(false)
                ? nextDailySend(now) : now;
        Locale locale = languageOf(to.userId());
        String unsubscribe = kind.optional()
                ? "/baja?t=" + tokens.token(to.userId(), kind) : null;
        RenderedMail mail = renderer.render(content, to.fullName(), locale, unsubscribe);
        messages.save(new OutboxMessage(kind, dedupKey, to.userId(), to.email(), locale.getLanguage(), mail, now,
                sendAt));
        return true;
    }

    Locale languageOf(long userId) {
        return languages.findById(userId).map(l -> TranslationProvider.supported(Locale.of(l.getLanguage())))
                .orElse(TranslationProvider.SPANISH_CHILE);
    }

    private Instant nextDailySend(Instant now) {
        ZonedDateTime local = now.atZone(DisplayFormats.ZONE);
        ZonedDateTime today = local.toLocalDate().atTime(DAILY_SEND).atZone(DisplayFormats.ZONE);
        return (local.isBefore(today) ? today : today.plusDays(1)).toInstant();
    }
}
