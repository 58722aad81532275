package cl.clusterminero.gestion.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.activity.ActivityDetails;
import cl.clusterminero.gestion.activity.ActivityDraft;
import cl.clusterminero.gestion.activity.ActivityFixture;
import cl.clusterminero.gestion.activity.ActivityKind;
import cl.clusterminero.gestion.activity.ActivityService;
import cl.clusterminero.gestion.activity.ActivityStatus;
import cl.clusterminero.gestion.localdb.EmbeddedMail;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.TestLogin;
import cl.clusterminero.gestion.shared.DisplayFormats;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Mail to members' contacts registered to activities: the invitation, the reminder two days before and the notice of
 * a cancellation, each in Spanish with the activity's calendar file, read back from the embedded SMTP server.
 */
@IntegrationTest
class ActivityMailTest {

    @Autowired ActivityService activityService;
    @Autowired NotificationService notificationService;
    @Autowired OutboxSender sender;
    @Autowired ReminderJob reminders;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    ActivityFixture fixture;

    @BeforeEach
    void emptyMailbox() {
        fixture = new ActivityFixture(context);
        sender.sendDue();
        EmbeddedMail.purge();
    }

    private String contactEmail(long contactId) {
        return jdbc.queryForObject("select email from contact where id = ?", String.class, contactId);
    }

    private long register(long activityId, long memberId, long contactId) {
        return TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT,
                () -> activityService.register(activityId, memberId, contactId));
    }

    private static VEvent event(CaughtMail mail) throws Exception {
        assertThat(mail.attachments()).singleElement().satisfies(file -> {
            assertThat(file.name()).matches("actividad-\\d+\\.ics");
            assertThat(file.contentType()).startsWith("text/calendar");
        });
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(mail.attachments().getFirst()
                .content()));
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    private static String link(String text, String startingWith) {
        Matcher matcher = Pattern.compile(Pattern.quote(startingWith) + "\\S*").matcher(text);
        assertThat(matcher.find()).as("a link starting with " + startingWith + " in\n" + text).isTrue();
        return matcher.group();
    }

    @Test
    void a_registered_contact_is_invited_in_spanish_with_the_calendar_file_and_a_title_with_markup_arrives_as_text()
            throws Exception {
        long member = fixture.member("Proveedora Invitada", "SUPPLIER");
        long contact = fixture.contact(member, "Ana Invitada");
        ActivityDraft base = fixture.draft(ActivityKind.WORKSHOP, fixture.roadmap.programA, 30, ActivityStatus.OPEN);
        String title = "<script>alert('x')</script> Taller " + fixture.tag;
        ActivityDraft draft = new ActivityDraft(base.kind(), title, base.startsAt(), base.endsAt(), base.place(),
                "https://reuniones.example.cl/taller", "Traiga su <b>carpeta</b>", base.programId(), null,
                base.organiserId(), base.capacity(), base.status());
        long activity = TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> activityService.create(draft));

        register(activity, member, contact);
        sender.sendDue();

        String day = DisplayFormats.date(base.startsAt().toLocalDate());
        assertThat(CaughtMail.to(contactEmail(contact))).hasSize(1);
        CaughtMail mail = CaughtMail.to(contactEmail(contact)).getFirst();
        assertThat(mail.subject()).isEqualTo("Invitación: " + title + ", " + day + " a las 09:30");
        assertThat(mail.html()).doesNotContain("<script>")
                .contains("Hola Ana Invitada " + fixture.tag + ":")
                .contains("«&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Taller " + fixture.tag + "»")
                .contains("<li>Cuándo: " + day + ", de 09:30 a 12:30 (hora de Chile)</li>")
                .contains("<li>Dónde: Sede de la Corporación, Antofagasta</li>")
                .contains("<li>En línea: https://reuniones.example.cl/taller</li>")
                .doesNotContain("/preferencias");
        assertThat(mail.text()).contains("Hola Ana Invitada " + fixture.tag + ":")
                .contains("Quedó inscrito en la actividad «" + title + "»")
                .contains("- Cuándo: " + day + ", de 09:30 a 12:30 (hora de Chile)")
                .contains("fue inscrito en una actividad de la Corporación Clúster Minero de Antofagasta")
                .contains("Dejar de recibir este tipo de correo: http://gestion.test/baja?t=c" + contact + ".")
                .doesNotContain("Preferencias de correo");

        VEvent event = event(mail);
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(event.getDescription().getValue()).isEqualTo("Traiga su <b>carpeta</b>");
        DtStart<Temporal> start = event.getDateTimeStart();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/Santiago");
        assertThat(ZonedDateTime.from(start.getDate()).withZoneSameInstant(DisplayFormats.ZONE).toLocalDateTime())
                .isEqualTo(base.startsAt());
        assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
    }

    @Test
    void a_contact_is_reminded_two_days_before_once_and_told_with_a_cancelled_calendar_entry_when_it_is_cancelled()
            throws Exception {
        long member = fixture.member("Minera Recordada", "MINING_COMPANY");
        long contact = fixture.contact(member, "Rita Recordada");
        long other = fixture.contact(member, "Otro Contacto");
        LocalDateTime starts = LocalDateTime.now(DisplayFormats.ZONE).plusDays(1).withSecond(0).withNano(0);
        ActivityDraft base = fixture.draft(ActivityKind.SITE_VISIT, fixture.roadmap.programA, 30,
                ActivityStatus.OPEN);
        ActivityDraft draft = new ActivityDraft(base.kind(), base.title(), starts, starts.plusHours(2), base.place(),
                null, null, base.programId(), null, base.organiserId(), base.capacity(), base.status());
        long activity = TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> activityService.create(draft));
        long participation = register(activity, member, contact);
        register(activity, member, other);
        // The contact was registered a week ago (the other one just now, inside the two days: the invitation is enough).
        jdbc.update("update mail_outbox set created_at = created_at - interval 7 day where dedup_key = ?",
                "ACTIVITY_INVITATION:participation:" + participation);
        sender.sendDue();
        EmbeddedMail.purge();

        reminders.enqueueDue();
        reminders.enqueueDue();
        sender.sendDue();

        String day = DisplayFormats.date(starts.toLocalDate());
        String time = String.format("%02d:%02d", starts.getHour(), starts.getMinute());
        assertThat(CaughtMail.to(contactEmail(other))).isEmpty();
        CaughtMail reminder = CaughtMail.to(contactEmail(contact)).stream().findFirst().orElseThrow();
        assertThat(CaughtMail.to(contactEmail(contact))).hasSize(1);
        assertThat(reminder.subject()).isEqualTo("Recordatorio: " + base.title() + ", " + day + " a las " + time);
        assertThat(reminder.text()).contains("Le recordamos que la actividad «" + base.title() + "»");
        assertThat(event(reminder).getSummary().getValue()).isEqualTo(base.title());

        EmbeddedMail.purge();
        ActivityDetails current = TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT,
                () -> activityService.activity(activity));
        ActivityDraft cancelled = new ActivityDraft(draft.kind(), draft.title(), draft.startsAt(), draft.endsAt(),
                draft.place(), null, null, draft.programId(), null, draft.organiserId(), draft.capacity(),
                ActivityStatus.CANCELLED);
        TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> {
            activityService.update(activity, current.version(), cancelled);
            return null;
        });
        reminders.enqueueDue();
        sender.sendDue();

        for (long who : List.of(contact, other)) {
            CaughtMail notice = CaughtMail.to(contactEmail(who)).stream().findFirst().orElseThrow();
            assertThat(CaughtMail.to(contactEmail(who))).hasSize(1);
            assertThat(notice.subject()).isEqualTo("Actividad cancelada: " + base.title() + " (" + day + ")");
            VEvent event = event(notice);
            assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
            assertThat(event.getUid().orElseThrow().getValue()).startsWith("actividad-" + activity + "@");
        }
    }

    @Test
    void a_contact_unsubscribes_from_invitations_without_a_login_and_a_forged_link_changes_nothing() {
        long member = fixture.member("Proveedora Baja", "SUPPLIER");
        long contact = fixture.contact(member, "Berta Baja");
        long neighbour = fixture.contact(member, "Vecino Baja");
        long first = fixture.activity(ActivityKind.TRAINING, fixture.roadmap.programA, 30, ActivityStatus.OPEN);
        register(first, member, contact);
        sender.sendDue();
        String unsubscribe = link(CaughtMail.to(contactEmail(contact)).getFirst().text(),
                "http://gestion.test/baja?t=");
        String token = unsubscribe.substring(unsubscribe.indexOf("t=") + 2);

        String otherContact = token.replaceFirst("^c\\d+", "c" + neighbour);
        String asUser = token.replaceFirst("^c", "");
        String otherKind = token.replace(".ACTIVITY_INVITATION.", ".ACTIVITY_CANCELLED.");
        assertThat(notificationService.unsubscribe(otherContact)).isEmpty();
        assertThat(notificationService.unsubscribe(asUser)).isEmpty();
        assertThat(notificationService.unsubscribe(otherKind)).isEmpty();
        assertThat(notificationService.unsubscribe(token)).contains(NotificationKind.ACTIVITY_INVITATION);
        assertThat(notificationService.unsubscribe(token)).contains(NotificationKind.ACTIVITY_INVITATION);

        EmbeddedMail.purge();
        long second = fixture.activity(ActivityKind.TRAINING, fixture.roadmap.programA, 30, ActivityStatus.OPEN);
        register(second, member, contact);
        register(second, member, neighbour);
        sender.sendDue();
        assertThat(CaughtMail.to(contactEmail(contact))).isEmpty();
        assertThat(CaughtMail.to(contactEmail(neighbour))).hasSize(1);
        assertThat(jdbc.queryForList("select kind from mail_contact_optout where contact_id = ?", String.class,
                contact)).containsExactly("ACTIVITY_INVITATION");
    }
}
