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
 * here: a kind turned off is not written, a daily-digest kind waits for the next morning's digest.
 */
@Component
class Outbox {

    static final LocalTime DAILY_SEND = LocalTime.of(7, 0);

    private final OutboxRepository messages;
    private final MailPreferenceRepository preferences;
    private final MailLanguageRepository languages;
    private final MailRenderer renderer;
    private final UnsubscribeTokens tokens;
    private final ContactOptouts optouts;
    private final Clock clock;

    Outbox(OutboxRepository messages, MailPreferenceRepository preferences, MailLanguageRepository languages,
           MailRenderer renderer, UnsubscribeTokens tokens, ContactOptouts optouts, Clock clock) {
        this.messages = messages;
        this.preferences = preferences;
        this.languages = languages;
        this.renderer = renderer;
        this.tokens = tokens;
        this.optouts = optouts;
        this.clock = clock;
    }

    /**
     * Enqueues one message to a user unless they have no address, turned the kind off, or a message with the same
     * key exists (time-based reminders use a key of kind + subject + due date, so a second run adds nothing). A
     * kind the user takes as a daily digest is HELD for the next 07:00 and then sent inside the digest.
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
        Locale locale = languageOf(to.userId());
        String unsubscribe = kind.optional() ? "/baja?t=" + tokens.token(to.userId(), kind) : null;
        RenderedMail mail = renderer.render(content, to.fullName(), locale, unsubscribe, false);
        boolean digest = kind.userChoice() && preference.map(MailPreference::isDailyDigest).orElse(false);
        messages.save(digest
                ? OutboxMessage.held(kind, dedupKey, to.userId(), to.email(), locale.getLanguage(), mail, now,
                        nextDailySend(now))
                : new OutboxMessage(kind, dedupKey, to.userId(), null, to.email(), locale.getLanguage(), mail, null,
                        now, now));
        return true;
    }

    /**
     * Enqueues one message to a member's contact, in Spanish (contacts have no language setting), with its
     * attachment, unless the contact has no address, followed this kind's unsubscribe link, or the key exists.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean enqueue(NotificationKind kind, ContactRecipient to, MailContent content, MailAttachment file,
                    String dedupKey) {
        if (!kind.toContacts()) {
            throw new IllegalArgumentException(kind + " is not a message to contacts");
        }
        if (to.email() == null || to.email().isBlank() || messages.existsByDedupKey(dedupKey)
                || optouts.optedOut(to.contactId(), kind)) {
            return false;
        }
        Locale locale = TranslationProvider.SPANISH_CHILE;
        RenderedMail mail = renderer.render(content, to.fullName(), locale,
                "/baja?t=" + tokens.contactToken(to.contactId(), kind), true);
        Instant now = clock.instant();
        messages.save(new OutboxMessage(kind, dedupKey, null, to.contactId(), to.email(), locale.getLanguage(), mail,
                file, now, now));
        return true;
    }

    /** Whether a message with this key was written after {@code after} (an invitation sent shortly before). */
    boolean writtenAfter(String dedupKey, Instant after) {
        return messages.existsByDedupKeyAndCreatedAtAfter(dedupKey, after);
    }

    Locale languageOf(long userId) {
        return languages.findById(userId).map(l -> TranslationProvider.supported(Locale.of(l.getLanguage())))
                .orElse(TranslationProvider.SPANISH_CHILE);
    }

    static Instant nextDailySend(Instant now) {
        ZonedDateTime local = now.atZone(DisplayFormats.ZONE);
        ZonedDateTime today = local.toLocalDate().atTime(DAILY_SEND).atZone(DisplayFormats.ZONE);
        return (local.isBefore(today) ? today : today.plusDays(1)).toInstant();
    }
}
