package cl.clusterminero.gestion.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The schedule: the sender every {@code app.mail.send-interval}, the reminders every hour. Each holds a ShedLock so
 * one node runs it at a time. Off with {@code app.mail.scheduler.enabled=false} (the tests drive both by hand).
 */
@Component
@ConditionalOnProperty(name = "app.mail.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class NotificationJobs {

    private final OutboxSender sender;
    private final ReminderJob reminders;

    NotificationJobs(OutboxSender sender, ReminderJob reminders) {
        this.sender = sender;
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${app.mail.send-interval:PT15S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "mail-outbox-sender", lockAtMostFor = "PT15M")
    void send() {
        sender.sendDue();
    }

    @Scheduled(cron = "0 5 * * * *", zone = "America/Santiago")
    @SchedulerLock(name = "mail-reminders", lockAtMostFor = "PT30M")
    void remind() {
        reminders.enqueueDue();
    }
}
