package cl.clusterminero.gestion.notification;

import cl.clusterminero.gestion.roadmap.DecisionRequestedEvent;
import cl.clusterminero.gestion.security.AccountCreatedEvent;
import cl.clusterminero.gestion.security.AccountDisabledEvent;
import cl.clusterminero.gestion.security.AccountLockedEvent;
import cl.clusterminero.gestion.security.MailRecipient;
import cl.clusterminero.gestion.security.PasswordResetEvent;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.shared.DisplayFormats;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages that follow a change as it happens: the listeners run inside the change's transaction (plain
 * {@code @EventListener}), so the outbox row commits or rolls back with it.
 */
@Component
class AccountNotifications {

    private final Outbox outbox;
    private final UserService users;
    private final Clock clock;

    AccountNotifications(Outbox outbox, UserService users, Clock clock) {
        this.outbox = outbox;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void accountCreated(AccountCreatedEvent event) {
        toUser(NotificationKind.ACCOUNT_CREATED, event.userId(), "/login");
    }

    @EventListener
    void passwordReset(PasswordResetEvent event) {
        toUser(NotificationKind.PASSWORD_RESET, event.userId(), "/login");
    }

    @EventListener
    void accountDisabled(AccountDisabledEvent event) {
        toUser(NotificationKind.ACCOUNT_DISABLED, event.userId(), "/login");
    }

    /** The throttle locks outside any transaction: this one is the outbox row's own. */
    @EventListener
    @Transactional
    public void accountLocked(AccountLockedEvent event) {
        String until = DisplayFormats.dateTime(event.lockedUntil());
        for (MailRecipient admin : SystemAuthentication.callAsSystem(() -> users.mailRecipients(Role.ADMIN))) {
            outbox.enqueue(NotificationKind.ACCOUNT_LOCKED, admin,
                    MailContent.of(NotificationKind.ACCOUNT_LOCKED, "/usuarios", event.username(), until),
                    key(NotificationKind.ACCOUNT_LOCKED, admin.userId()));
        }
    }

    @EventListener
    void decisionRequested(DecisionRequestedEvent event) {
        for (MailRecipient member : SystemAuthentication.callAsSystem(() -> users.mailRecipients(Role.BOARD))) {
            outbox.enqueue(NotificationKind.DECISION_REQUESTED, member,
                    MailContent.of(NotificationKind.DECISION_REQUESTED, "/iniciativas/" + event.initiativeId(),
                            event.initiativeCode() + " " + event.initiativeTitle(), event.reason()),
                    "DECISION_REQUESTED:" + event.requestId() + ":user:" + member.userId());
        }
    }

    private void toUser(NotificationKind kind, long userId, String path) {
        SystemAuthentication.callAsSystem(() -> users.mailRecipient(userId)).ifPresent(to ->
                outbox.enqueue(kind, to, MailContent.of(kind, path, to.fullName()), key(kind, userId)));
    }

    /** Messages that follow an event may repeat (a second reset): the key only has to be unique. */
    private String key(NotificationKind kind, long userId) {
        return kind + ":user:" + userId + ":" + clock.instant().toEpochMilli() + ":" + UUID.randomUUID();
    }
}
