package cl.clusterminero.gestion.notification;

import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail preferences (each user their own, nobody else's), the one-click unsubscribe, and the admin's outbox.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final MailPreferenceRepository preferences;
    private final MailLanguageRepository languages;
    private final OutboxRepository outbox;
    private final UnsubscribeTokens tokens;
    private final ContactOptouts optouts;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(MailPreferenceRepository preferences, MailLanguageRepository languages,
                        OutboxRepository outbox, UnsubscribeTokens tokens, ContactOptouts optouts,
                        CurrentUser currentUser, Clock clock) {
        this.preferences = preferences;
        this.languages = languages;
        this.outbox = outbox;
        this.tokens = tokens;
        this.optouts = optouts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in user's settings: every kind they may choose, with their choice or the default (on, at once). */
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public MailPreferences myPreferences() {
        long userId = currentUser.require().id();
        Map<NotificationKind, MailPreference> chosen = preferences.findByUserId(userId).stream()
                .collect(Collectors.toMap(MailPreference::getKind, Function.identity()));
        List<PreferenceRow> rows = Arrays.stream(NotificationKind.values()).filter(NotificationKind::userChoice)
                .map(kind -> Optional.ofNullable(chosen.get(kind))
                        .map(p -> new PreferenceRow(kind, p.isEnabled(), p.isDailyDigest()))
                        .orElse(new PreferenceRow(kind, true, false)))
                .toList();
        String language = languages.findById(userId).map(MailLanguage::getLanguage).orElse("es");
        return new MailPreferences(language, rows);
    }

    /** Saves the signed-in user's settings; account messages are not theirs to turn off. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public void saveMyPreferences(MailPreferences chosen) {
        long userId = currentUser.require().id();
        if (!List.of("es", "en").contains(chosen.language())) {
            throw new InvalidInputException(new FieldProblem("language", "mail.preferences.language.invalid"));
        }
        for (PreferenceRow row : chosen.kinds()) {
            if (!row.kind().userChoice()) {
                throw new InvalidInputException(new FieldProblem("kinds", "mail.preferences.not-optional"));
            }
            MailPreference preference = preferences.findByUserIdAndKind(userId, row.kind())
                    .orElseGet(() -> new MailPreference(userId, row.kind()));
            preference.choose(row.enabled(), row.dailyDigest());
            preferences.save(preference);
        }
        MailLanguage language = languages.findById(userId).orElseGet(() -> new MailLanguage(userId, "es"));
        language.setLanguage(chosen.language());
        languages.save(language);
    }

    /**
     * Turns one kind off for the user the signed link names, without a login; returns the kind, or empty when the
     * link is not one the application signed.
     */
    @Transactional
    @PermitAll
    public Optional<NotificationKind> unsubscribe(String token) {
        Optional<UnsubscribeTokens.Subject> subject = tokens.verify(token);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        UnsubscribeTokens.Subject s = subject.get();
        if (s.contact()) {
            if (!optouts.optOut(s.id(), s.kind(), clock.instant())) {
                return Optional.empty();
            }
            log.info("Contact {} unsubscribed from {} by a mail link", s.id(), s.kind());
        } else {
            MailPreference preference = preferences.findByUserIdAndKind(s.id(), s.kind())
                    .orElseGet(() -> new MailPreference(s.id(), s.kind()));
            preference.choose(false, preference.isDailyDigest());
            preferences.save(preference);
            log.info("User {} unsubscribed from {} by a mail link", s.id(), s.kind());
        }
        return Optional.of(s.kind());
    }

    /** A page of the outbox, newest first, optionally one status only. */
    @RolesAllowed(Roles.ADMIN)
    public List<OutboxRow> outbox(OutboxStatus status, Pageable pageable) {
        return outbox.rows(status, pageable);
    }

    @RolesAllowed(Roles.ADMIN)
    public long countOutbox(OutboxStatus status) {
        return outbox.countRows(status);
    }

    /** One message with its plain-text body, recipient, state and last SMTP error. */
    @RolesAllowed(Roles.ADMIN)
    public OutboxDetails message(long id) {
        return outbox.findById(id).map(OutboxMessage::details)
                .orElseThrow(() -> new InvalidInputException(new FieldProblem("id", "mail.outbox.not-found")));
    }

    /** Puts a failed message back in the queue for a fresh series of attempts. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void resend(long id) {
        OutboxMessage message = outbox.findById(id)
                .orElseThrow(() -> new InvalidInputException(new FieldProblem("id", "mail.outbox.not-found")));
        if (message.getStatus() != OutboxStatus.FAILED) {
            throw new InvalidInputException(new FieldProblem("id", "mail.outbox.not-failed"));
        }
        message.resend(clock.instant());
        log.info("Mail {} queued again by '{}'", id, currentUser.require().getUsername());
    }
}
