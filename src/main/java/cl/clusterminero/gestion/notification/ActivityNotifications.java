package cl.clusterminero.gestion.notification;

import cl.clusterminero.gestion.activity.ActivityCancelledEvent;
import cl.clusterminero.gestion.activity.ActivityDetails;
import cl.clusterminero.gestion.activity.ActivityDraft;
import cl.clusterminero.gestion.activity.ActivityRow;
import cl.clusterminero.gestion.activity.ActivityService;
import cl.clusterminero.gestion.activity.ParticipantRegisteredEvent;
import cl.clusterminero.gestion.activity.ParticipantRow;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mail to members' contacts registered to an activity: the invitation when they are registered, a reminder
 * {@value #REMINDER_DAYS_BEFORE} days before it, and a notice if it is cancelled, each with the activity's
 * {@code .ics} from {@link ActivityService#ics}. Listeners run inside the change's transaction (plain
 * {@code @EventListener}, as the registering user), so the message and its attachment commit with the change.
 */
@Component
class ActivityNotifications {

    static final int REMINDER_DAYS_BEFORE = 2;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Outbox outbox;
    private final ActivityService activities;
    private final TranslationProvider texts;
    private final Clock clock;

    ActivityNotifications(Outbox outbox, ActivityService activities, TranslationProvider texts, Clock clock) {
        this.outbox = outbox;
        this.activities = activities;
        this.texts = texts;
        this.clock = clock;
    }

    @EventListener
    void registered(ParticipantRegisteredEvent event) {
        ActivityDetails activity = activities.activity(event.activityId());
        MailAttachment ics = ics(activity);
        activities.participants(event.activityId()).stream().filter(p -> p.id() == event.participationId())
                .findFirst().ifPresent(p -> outbox.enqueue(NotificationKind.ACTIVITY_INVITATION, recipient(p),
                        content(NotificationKind.ACTIVITY_INVITATION, activity), ics, invitationKey(p)));
    }

    @EventListener
    void cancelled(ActivityCancelledEvent event) {
        ActivityDetails activity = activities.activity(event.activityId());
        MailAttachment ics = ics(activity);
        MailContent content = content(NotificationKind.ACTIVITY_CANCELLED, activity);
        for (ParticipantRow p : activities.participants(event.activityId())) {
            outbox.enqueue(NotificationKind.ACTIVITY_CANCELLED, recipient(p), content, ics,
                    "ACTIVITY_CANCELLED:activity:" + event.activityId() + ":v" + event.version() + ":contact:"
                            + p.contactId());
        }
    }

    /**
     * Reminds the contacts of every activity that starts within the next {@value #REMINDER_DAYS_BEFORE} days, once
     * per activity, start time and contact (a moved activity earns a fresh reminder). A contact invited inside that
     * window just got the invitation and is not reminded. Runs as the system, inside the reminder job's transaction.
     */
    int remindDue() {
        LocalDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(DisplayFormats.ZONE).toLocalDateTime();
        int enqueued = 0;
        for (ActivityRow row : activities.startingBetween(now, now.plusDays(REMINDER_DAYS_BEFORE))) {
            ActivityDetails activity = activities.activity(row.id());
            LocalDateTime starts = activity.data().startsAt();
            var windowOpened = starts.atZone(DisplayFormats.ZONE).toInstant()
                    .minus(Duration.ofDays(REMINDER_DAYS_BEFORE));
            MailContent content = content(NotificationKind.ACTIVITY_REMINDER, activity);
            MailAttachment ics = null;
            for (ParticipantRow p : activities.participants(row.id())) {
                if (outbox.writtenAfter(invitationKey(p), windowOpened)) {
                    continue;
                }
                if (ics == null) {
                    ics = ics(activity);
                }
                if (outbox.enqueue(NotificationKind.ACTIVITY_REMINDER, recipient(p), content, ics,
                        "ACTIVITY_REMINDER:activity:" + row.id() + ":" + starts + ":contact:" + p.contactId())) {
                    enqueued++;
                }
            }
        }
        return enqueued;
    }

    private static String invitationKey(ParticipantRow p) {
        return "ACTIVITY_INVITATION:participation:" + p.id();
    }

    private static ContactRecipient recipient(ParticipantRow p) {
        return new ContactRecipient(p.contactId(), p.contactName(), p.email());
    }

    private MailAttachment ics(ActivityDetails activity) {
        return new MailAttachment("actividad-" + activity.id() + ".ics", MailAttachment.CALENDAR,
                activities.ics(activity.id()));
    }

    /** Subject and intro take the title, the day and the start time; the lines say when, where and who organises. */
    private MailContent content(NotificationKind kind, ActivityDetails activity) {
        Locale locale = TranslationProvider.SPANISH_CHILE;
        ActivityDraft data = activity.data();
        String day = DisplayFormats.date(data.startsAt().toLocalDate());
        String from = TIME.format(data.startsAt());
        List<String> items = new ArrayList<>();
        items.add(data.endsAt().toLocalDate().equals(data.startsAt().toLocalDate())
                ? texts.getTranslation("mail.activity.when", locale, day, from, TIME.format(data.endsAt()))
                : texts.getTranslation("mail.activity.when.days", locale, DisplayFormats.dateTime(data.startsAt()),
                        DisplayFormats.dateTime(data.endsAt())));
        if (data.place() != null) {
            items.add(texts.getTranslation("mail.activity.where", locale, data.place()));
        }
        if (data.onlineLink() != null) {
            items.add(texts.getTranslation("mail.activity.online", locale, data.onlineLink()));
        }
        items.add(texts.getTranslation("mail.activity.organiser", locale, activity.organiserName()));
        return new MailContent(kind.key(), List.of(data.title(), day, from), items, null);
    }
}
