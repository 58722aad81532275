package cl.clusterminero.gestion.notification;

import cl.clusterminero.gestion.board.ResolutionReminder;
import cl.clusterminero.gestion.board.ResolutionService;
import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.shared.DisplayFormats;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time-based reminders, run every hour by {@link NotificationJobs}: a resolution's owner hears 7 days and 1 day
 * before its deadline and once when it is overdue. Each reminder's key is kind + step + resolution + deadline, so
 * running again (or on another node) enqueues nothing twice, and a moved deadline earns fresh reminders.
 */
@Component
class ReminderJob {

    private final Outbox outbox;
    private final ResolutionService resolutions;
    private final UserService users;
    private final Clock clock;

    ReminderJob(Outbox outbox, ResolutionService resolutions, UserService users, Clock clock) {
        this.outbox = outbox;
        this.resolutions = resolutions;
        this.users = users;
        this.clock = clock;
    }

    /** Enqueues every reminder due today that is not in the outbox yet; returns how many. */
    @Transactional
    public int enqueueDue() {
        return SystemAuthentication.callAsSystem(this::resolutionReminders);
    }

    private int resolutionReminders() {
        LocalDate today = LocalDate.now(clock);
        int enqueued = 0;
        for (ResolutionReminder resolution : resolutions.openDueBy(today.plusDays(7))) {
            long days = ChronoUnit.DAYS.between(today, resolution.deadline());
            String step = days < 0 ? "overdue" : days <= 1 ? "1" : "7";
            var owner = users.mailRecipient(resolution.ownerId());
            if (owner.isEmpty()) {
                continue;
            }
            MailContent content = new MailContent("resolution-due." + step,
                    java.util.List.of(shorten(resolution.text()), DisplayFormats.date(resolution.deadline())),
                    java.util.List.of(), "/mis-acuerdos");
            String key = "RESOLUTION_DUE:" + step + ":resolution:" + resolution.id() + ":" + resolution.deadline();
            if (outbox.enqueue(NotificationKind.RESOLUTION_DUE, owner.get(), content, key)) {
                enqueued++;
            }
        }
        return enqueued;
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }
}
