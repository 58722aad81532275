package cl.clusterminero.gestion.notification;

import cl.clusterminero.gestion.board.AgendaEntry;
import cl.clusterminero.gestion.board.BoardMeetingService;
import cl.clusterminero.gestion.board.MeetingDetails;
import cl.clusterminero.gestion.board.ResolutionReminder;
import cl.clusterminero.gestion.board.ResolutionService;
import cl.clusterminero.gestion.roadmap.MilestoneService;
import cl.clusterminero.gestion.roadmap.MyMilestoneRow;
import cl.clusterminero.gestion.security.MailRecipient;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time-based reminders, run every hour by {@link NotificationJobs}: a resolution's owner hears 7 days and 1 day
 * before its deadline and once when it is overdue; board members get a meeting's agenda 3 days before it; each
 * program manager gets a weekly digest (from Monday 07:00) of overdue milestones and those due within 14 days;
 * contacts registered to an activity are reminded 2 days before it ({@link ActivityNotifications}).
 * Each message's key is kind + subject + due date (or week), so running again (or on another node) enqueues
 * nothing twice, and a moved deadline or meeting earns fresh reminders.
 */
@Component
class ReminderJob {

    static final int DIGEST_DAYS = 14;
    static final int AGENDA_DAYS_BEFORE = 3;

    private final Outbox outbox;
    private final ResolutionService resolutions;
    private final BoardMeetingService meetings;
    private final MilestoneService milestones;
    private final UserService users;
    private final ActivityNotifications activityMail;
    private final TranslationProvider texts;
    private final Clock clock;

    ReminderJob(Outbox outbox, ResolutionService resolutions, BoardMeetingService meetings,
                MilestoneService milestones, UserService users, ActivityNotifications activityMail,
                TranslationProvider texts, Clock clock) {
        this.outbox = outbox;
        this.resolutions = resolutions;
        this.meetings = meetings;
        this.milestones = milestones;
        this.users = users;
        this.activityMail = activityMail;
        this.texts = texts;
        this.clock = clock;
    }

    /** Enqueues every reminder due today that is not in the outbox yet; returns how many. */
    @Transactional
    public int enqueueDue() {
        return SystemAuthentication.callAsSystem(() -> resolutionReminders() + meetingAgendas() + milestoneDigests()
                + activityMail.remindDue());
    }

    private int meetingAgendas() {
        LocalDate today = LocalDate.now(clock);
        int enqueued = 0;
        List<Long> upcoming = meetings.meetingsBetween(today, today.plusDays(AGENDA_DAYS_BEFORE));
        if (upcoming.isEmpty()) {
            return 0;
        }
        List<MailRecipient> board = users.mailRecipients(Role.BOARD);
        for (long id : upcoming) {
            MeetingDetails meeting = meetings.meeting(id);
            LocalDate date = meeting.data().date();
            List<String> items = meeting.agenda().stream().map(ReminderJob::agendaLine).toList();
            MailContent content = new MailContent(NotificationKind.MEETING_AGENDA.key(),
                    List.of(DisplayFormats.date(date)), items, "/directorio/sesiones/" + id);
            for (MailRecipient member : board) {
                if (outbox.enqueue(NotificationKind.MEETING_AGENDA, member, content,
                        "MEETING_AGENDA:meeting:" + id + ":" + date + ":user:" + member.userId())) {
                    enqueued++;
                }
            }
        }
        return enqueued;
    }

    private static String agendaLine(AgendaEntry entry) {
        String topic = entry.topic() == null ? "" : entry.topic();
        return entry.initiativeCode() == null ? topic : entry.initiativeCode() + " " + topic;
    }

    private int milestoneDigests() {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(DisplayFormats.ZONE);
        if (now.getDayOfWeek() == DayOfWeek.MONDAY && now.toLocalTime().isBefore(Outbox.DAILY_SEND)) {
            return 0;
        }
        String week = now.get(IsoFields.WEEK_BASED_YEAR) + "-W" + now.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int enqueued = 0;
        for (MailRecipient manager : users.mailRecipients(Role.PROGRAM_MANAGER)) {
            List<MyMilestoneRow> due = milestones.dueFor(manager.userId(), DIGEST_DAYS);
            if (due.isEmpty()) {
                continue;
            }
            Locale locale = outbox.languageOf(manager.userId());
            long overdue = due.stream().filter(MyMilestoneRow::overdue).count();
            List<String> items = due.stream().map(row -> texts.getTranslation(row.overdue()
                    ? "mail.milestone-digest.item.overdue" : "mail.milestone-digest.item", locale,
                    row.initiativeCode(), row.title(), DisplayFormats.date(row.dueDate()))).toList();
            MailContent content = new MailContent(NotificationKind.MILESTONE_DIGEST.key(),
                    List.of(overdue, due.size() - overdue), items, "/mis-hitos");
            if (outbox.enqueue(NotificationKind.MILESTONE_DIGEST, manager, content,
                    "MILESTONE_DIGEST:user:" + manager.userId() + ":week:" + week)) {
                enqueued++;
            }
        }
        return enqueued;
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
                    List.of(shorten(resolution.text()), DisplayFormats.date(resolution.deadline())),
                    List.of(), "/mis-acuerdos");
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
