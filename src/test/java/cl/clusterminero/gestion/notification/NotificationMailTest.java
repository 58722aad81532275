package cl.clusterminero.gestion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.board.BoardMeetingService;
import cl.clusterminero.gestion.board.MeetingDraft;
import cl.clusterminero.gestion.board.MeetingKind;
import cl.clusterminero.gestion.board.ResolutionDraft;
import cl.clusterminero.gestion.board.ResolutionService;
import cl.clusterminero.gestion.localdb.EmbeddedMail;
import cl.clusterminero.gestion.program.ProgramDraft;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.program.ProgramStatus;
import cl.clusterminero.gestion.roadmap.MilestoneStatus;
import cl.clusterminero.gestion.roadmap.ReviewService;
import cl.clusterminero.gestion.roadmap.RoadmapFixture;
import cl.clusterminero.gestion.security.AccountLockedEvent;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.security.TemporaryPassword;
import cl.clusterminero.gestion.security.TestLogin;
import cl.clusterminero.gestion.security.UserDraft;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;

/** What each kind of message says, to whom, in which language, and that delivery loses nothing and repeats nothing. */
@IntegrationTest
class NotificationMailTest {

    @Autowired UserService userService;
    @Autowired ReviewService reviewService;
    @Autowired BoardMeetingService meetingService;
    @Autowired ResolutionService resolutionService;
    @Autowired NotificationService notificationService;
    @Autowired OutboxSender sender;
    @Autowired DailyDigest digests;
    @Autowired ReminderJob reminders;
    @Autowired OutboxRepository outbox;
    @Autowired JavaMailSender mailSender;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void emptyMailbox() {
        sender.sendDue();
        EmbeddedMail.purge();
    }

    @AfterEach
    void smtpBackUp() {
        if (!smtpUp) {
            EmbeddedMail.restart();
            smtpUp = true;
        }
    }

    private boolean smtpUp = true;

    private static String address() {
        return "n." + UUID.randomUUID().toString().substring(0, 8) + "@clusterminero.cl";
    }

    private TemporaryPassword createUser(String fullName, String email, Role role) {
        String username = "n." + UUID.randomUUID().toString().substring(0, 8);
        return TestLogin.as(jdbc, "admin.pruebas", Role.ADMIN,
                () -> userService.create(new UserDraft(username, fullName, email, Set.of(role))));
    }

    private long usernameId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private static String link(String text, String startingWith) {
        Matcher matcher = Pattern.compile(Pattern.quote(startingWith) + "\\S*").matcher(text);
        assertThat(matcher.find()).as("a link starting with " + startingWith + " in\n" + text).isTrue();
        return matcher.group();
    }

    @Test
    void a_new_account_is_announced_in_spanish_without_its_password_and_a_name_with_markup_arrives_as_text() {
        String email = address();
        TemporaryPassword created = createUser("<script>alert('x')</script> Pérez", email, Role.PROGRAM_MANAGER);

        sender.sendDue();

        assertThat(CaughtMail.to(email)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Su cuenta en Gestión Clúster");
            assertThat(mail.html()).contains("Hola &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Pérez:")
                    .doesNotContain("<script>").contains("href=\"http://gestion.test/login\"")
                    .doesNotContain(created.password());
            assertThat(mail.text()).contains("Hola <script>alert('x')</script> Pérez:")
                    .contains("Iniciar sesión: http://gestion.test/login").doesNotContain(created.password())
                    .doesNotContain("/baja?t=");
        });
    }

    @Test
    void a_reset_and_a_disabled_account_are_told_in_the_language_the_user_chose() {
        String email = address();
        long id = createUser("Laura Núñez", email, Role.BOARD).userId();
        jdbc.update("insert into mail_language (user_id, language) values (?, 'en')", id);

        TestLogin.as(jdbc, "admin.pruebas", Role.ADMIN, () -> userService.resetPassword(id));
        TestLogin.as(jdbc, "admin.pruebas", Role.ADMIN, () -> {
            userService.setEnabled(id, userService.account(id).version(), false);
            return null;
        });
        sender.sendDue();

        // The account mail was written before the user chose English: it stays in Spanish.
        assertThat(CaughtMail.to(email)).extracting(CaughtMail::subject).containsExactlyInAnyOrder(
                "Su cuenta en Gestión Clúster", "Your password was reset", "Your account was disabled");
        assertThat(CaughtMail.to(email)).filteredOn(mail -> mail.subject().startsWith("Your"))
                .allSatisfy(mail -> assertThat(mail.text()).startsWith("Hello Laura Núñez,"));
    }

    @Test
    void board_members_hear_of_a_new_decision_request_with_a_link_to_the_initiative_and_can_unsubscribe_in_one_click() {
        String email = address();
        long member = createUser("Consejera Notificada", email, Role.BOARD).userId();
        RoadmapFixture fixture = RoadmapFixture.create(context);
        long initiative = fixture.initiative("NT1", fixture.programA);

        TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT,
                () -> reviewService.requestDecision(initiative, "Aprobar <b>presupuesto</b> & plazos"));
        sender.sendDue();

        CaughtMail mail = CaughtMail.to(email).stream().filter(m -> m.subject().startsWith("Nueva solicitud"))
                .findFirst().orElseThrow();
        assertThat(mail.subject()).isEqualTo("Nueva solicitud de decisión: NT1 Iniciativa NT1");
        assertThat(mail.html()).contains("Motivo: Aprobar &lt;b&gt;presupuesto&lt;/b&gt; &amp; plazos")
                .contains("href=\"http://gestion.test/iniciativas/" + initiative + "\"");
        String unsubscribe = link(mail.text(), "http://gestion.test/baja?t=");
        String token = unsubscribe.substring(unsubscribe.indexOf("t=") + 2);

        String forged = token.replaceFirst("^\\d+", String.valueOf(usernameId("board.a")));
        assertThat(notificationService.unsubscribe(forged)).isEmpty();
        assertThat(notificationService.unsubscribe(token)).contains(NotificationKind.DECISION_REQUESTED);

        long second = fixture.initiative("NT2", fixture.programA);
        TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> reviewService.requestDecision(second, "Otra"));
        sender.sendDue();
        assertThat(CaughtMail.to(email)).extracting(CaughtMail::subject)
                .noneMatch(subject -> subject.contains("NT2"));
        assertThat(jdbc.queryForObject("select count(*) from mail_preference where user_id = ? and enabled = false",
                Integer.class, member)).isEqualTo(1);
    }

    @Test
    void a_resolution_owner_is_reminded_a_day_before_and_when_overdue_and_the_job_never_enqueues_twice() {
        String email = address();
        long owner = createUser("Dueño Acuerdo", email, Role.PROGRAM_MANAGER).userId();
        LocalDate today = LocalDate.now(clock);
        long meeting = TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> meetingService.createMeeting(
                new MeetingDraft(today.minusDays(10), MeetingKind.ORDINARY, "Sede", null, Set.of())));
        TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> {
            resolutionService.record(meeting, new ResolutionDraft("Enviar <informe> a Corfo", owner,
                    today.plusDays(1)));
            resolutionService.record(meeting, new ResolutionDraft("Cerrar convenio", owner, today.minusDays(2)));
            resolutionService.record(meeting, new ResolutionDraft("Plan anual", owner, today.plusDays(6)));
            return resolutionService.record(meeting, new ResolutionDraft("Lejano", owner, today.plusDays(30)));
        });

        reminders.enqueueDue();
        reminders.enqueueDue();
        sender.sendDue();

        List<CaughtMail> mails = CaughtMail.to(email).stream()
                .filter(m -> !m.subject().equals("Su cuenta en Gestión Clúster")).toList();
        assertThat(mails).extracting(CaughtMail::subject).containsExactlyInAnyOrder(
                "Acuerdo vence mañana (" + DisplayFormats.date(today.plusDays(1)) + ")",
                "Acuerdo atrasado desde el " + DisplayFormats.date(today.minusDays(2)),
                "Acuerdo por vencer el " + DisplayFormats.date(today.plusDays(6)));
        assertThat(mails).filteredOn(m -> m.subject().startsWith("Acuerdo vence")).singleElement()
                .satisfies(m -> assertThat(m.html()).contains("«Enviar &lt;informe&gt; a Corfo»")
                        .contains("href=\"http://gestion.test/mis-acuerdos\""));
        assertThat(reminders.enqueueDue()).isZero();
    }

    @Test
    void admins_hear_of_a_locked_account_in_their_language_with_the_user_name_as_text() {
        String spanish = address();
        String english = address();
        createUser("Admin Español", spanish, Role.ADMIN);
        long en = createUser("Admin English", english, Role.ADMIN).userId();
        jdbc.update("insert into mail_language (user_id, language) values (?, 'en')", en);
        Instant until = clock.instant().plus(Duration.ofMinutes(5));

        // What the login throttle publishes at the moment a lock starts (SecurityLoginThrottleTest checks that it does).
        context.publishEvent(new AccountLockedEvent("<script>x</script>", until));
        sender.sendDue();

        assertThat(CaughtMail.to(spanish)).filteredOn(m -> m.subject().startsWith("Cuenta bloqueada"))
                .singleElement().satisfies(mail -> {
                    assertThat(mail.subject()).isEqualTo("Cuenta bloqueada: <script>x</script>");
                    assertThat(mail.html()).contains("«&lt;script&gt;x&lt;/script&gt;» quedó bloqueado hasta el "
                            + DisplayFormats.dateTime(until)).doesNotContain("<script>")
                            .contains("href=\"http://gestion.test/usuarios\"");
                    assertThat(mail.text()).contains("/baja?t=");
                });
        assertThat(CaughtMail.to(english)).filteredOn(m -> m.subject().startsWith("Account locked"))
                .singleElement().satisfies(mail -> assertThat(mail.text()).startsWith("Hello Admin English,"));
    }

    @Test
    void board_members_get_a_meeting_agenda_three_days_before_it_once() {
        String email = address();
        createUser("Consejera Tabla", email, Role.BOARD);
        LocalDate date = LocalDate.now(clock).plusDays(3);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> {
            long meeting = meetingService.createMeeting(new MeetingDraft(date, MeetingKind.ORDINARY, "Sede", null,
                    Set.of()));
            meetingService.addTopicToAgenda(meeting, "Cuenta <script>del</script> presidente " + tag);
            return meeting;
        });

        reminders.enqueueDue();
        reminders.enqueueDue();
        sender.sendDue();

        String day = DisplayFormats.date(date);
        // Other tests' meetings within 3 days bring their own agendas: this one is the meeting of that day.
        assertThat(CaughtMail.to(email)).filteredOn(m -> m.subject().equals("Tabla de la sesión del " + day)
                        && m.text().contains("presidente " + tag)).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.subject()).isEqualTo("Tabla de la sesión del " + day);
                    assertThat(mail.html()).contains("<li>Cuenta &lt;script&gt;del&lt;/script&gt; presidente " + tag + "</li>")
                            .containsPattern("href=\"http://gestion.test/directorio/sesiones/\\d+\"");
                    assertThat(mail.text()).contains("- Cuenta <script>del</script> presidente " + tag);
                });
    }

    @Test
    void a_program_manager_gets_one_weekly_digest_of_overdue_and_soon_due_milestones() {
        ZonedDateTime now = ZonedDateTime.now(clock)
                .withZoneSameInstant(DisplayFormats.ZONE);
        Assumptions.assumeFalse(now.getDayOfWeek() == DayOfWeek.MONDAY
                && now.getHour() < 7, "the digest goes out from Monday 07:00");
        String email = address();
        long manager = createUser("Gestor Resumen", email, Role.PROGRAM_MANAGER).userId();
        RoadmapFixture fixture = RoadmapFixture.create(context);
        long program = SystemAuthentication.callAsSystem(() ->
                context.getBean(ProgramService.class).create(
                        new ProgramDraft("R" + UUID.randomUUID().toString()
                                .substring(0, 6), "Programa resumen", null, null, null,
                                ProgramStatus.ACTIVE, 0, Set.of(manager), Set.of(),
                                List.of())));
        long initiative = fixture.initiative("DG1", program);
        LocalDate today = LocalDate.now(clock);
        fixture.milestone(initiative, today.minusDays(3), 1, MilestoneStatus.IN_PROGRESS, 10);
        fixture.milestone(initiative, today.plusDays(10), 1, MilestoneStatus.PENDING, 0);
        fixture.milestone(initiative, today.plusDays(40), 1, MilestoneStatus.PENDING, 0);

        reminders.enqueueDue();
        reminders.enqueueDue();
        sender.sendDue();

        assertThat(CaughtMail.to(email)).filteredOn(m -> m.subject().startsWith("Sus hitos")).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.subject()).isEqualTo("Sus hitos: 1 atrasados, 1 por vencer");
                    assertThat(mail.text()).contains("- DG1 · Hito " + today.minusDays(3) + " · venció el "
                            + DisplayFormats.date(today.minusDays(3)) + " (atrasado)")
                            .contains("Ver mis hitos: http://gestion.test/mis-hitos")
                            .doesNotContain("Hito " + today.plusDays(40));
                });
    }

    @Test
    void a_kind_taken_as_daily_digest_is_held_for_the_morning() {
        String email = address();
        long member = createUser("Consejero Diario", email, Role.BOARD).userId();
        jdbc.update("insert into mail_preference (user_id, kind, enabled, daily_digest) values (?, ?, true, true)",
                member, NotificationKind.DECISION_REQUESTED.name());
        RoadmapFixture fixture = RoadmapFixture.create(context);
        long initiative = fixture.initiative("ND1", fixture.programA);

        TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> reviewService.requestDecision(initiative, "Revisar"));
        sender.sendDue();

        assertThat(CaughtMail.to(email)).extracting(CaughtMail::subject).containsExactly("Su cuenta en Gestión Clúster");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where user_id = ? and status = 'HELD' "
                + "and kind = 'DECISION_REQUESTED' and next_attempt_at > utc_timestamp(6)",
                Integer.class, member)).isEqualTo(1);
    }

    /** A sender (with its digest step) as another node would run it, whose clock reads {@code now}. */
    private OutboxSender senderAt(Instant now) {
        Clock at = Clock.fixed(now, DisplayFormats.ZONE);
        DailyDigest digest = new DailyDigest(outbox, context.getBean(MailPreferenceRepository.class),
                context.getBean(Outbox.class),
                context.getBean(MailRenderer.class), userService, transactions, at);
        return new OutboxSender(outbox, mailSender, transactions, at, "nodo@clusterminero.cl", 200, 8, digest,
                Duration.ofMinutes(10), "http://gestion.test");
    }

    @Test
    void the_daily_digest_merges_all_waiting_messages_into_one_mail_at_seven_sent_once_by_two_nodes()
            throws Exception {
        String email = address();
        long member = createUser("Consejera Resumen", email, Role.BOARD).userId();
        jdbc.update("insert into mail_language (user_id, language) values (?, 'es')", member);
        for (NotificationKind kind : List.of(NotificationKind.DECISION_REQUESTED, NotificationKind.MEETING_AGENDA)) {
            jdbc.update("insert into mail_preference (user_id, kind, enabled, daily_digest) values (?, ?, true, true)",
                    member, kind.name());
        }
        RoadmapFixture fixture = RoadmapFixture.create(context);
        long first = fixture.initiative("RD1", fixture.programA);
        long second = fixture.initiative("RD2", fixture.programA);
        TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT,
                () -> reviewService.requestDecision(first, "Aprobar <script>x</script> gasto"));
        TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> reviewService.requestDecision(second, "Revisar plazos"));
        TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> meetingService.createMeeting(new MeetingDraft(
                LocalDate.now(clock).plusDays(2), MeetingKind.ORDINARY, "Sede", null, Set.of())));
        reminders.enqueueDue();
        sender.sendDue();
        int held = jdbc.queryForObject("select count(*) from mail_outbox where user_id = ? and status = 'HELD'",
                Integer.class, member);
        assertThat(held).isGreaterThanOrEqualTo(3);
        assertThat(CaughtMail.to(email)).extracting(CaughtMail::subject).containsExactly("Su cuenta en Gestión Clúster");

        // 06:59 the next morning nothing is due; from 07:00 two nodes at once make and send one digest.
        Instant seven = Outbox.nextDailySend(clock.instant());
        senderAt(seven.minusSeconds(60)).sendDue();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where user_id = ? and status = 'HELD'",
                Integer.class, member)).isEqualTo(held);
        OutboxSender one = senderAt(seven.plusSeconds(30));
        OutboxSender two = senderAt(seven.plusSeconds(31));
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(one::sendDue);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(two::sendDue);
        a.get();
        b.get();
        one.sendDue();

        List<CaughtMail> digests = CaughtMail.to(email).stream()
                .filter(m -> m.subject().startsWith("Su resumen diario")).toList();
        assertThat(digests).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Su resumen diario: " + held + " avisos");
            assertThat(mail.html()).contains("Hola Consejera Resumen:")
                    .contains(">Nueva solicitud de decisión: RD1 Iniciativa RD1</h3>")
                    .contains(">Nueva solicitud de decisión: RD2 Iniciativa RD2</h3>")
                    .contains("Motivo: Aprobar &lt;script&gt;x&lt;/script&gt; gasto")
                    .doesNotContain("<script>")
                    .contains("href=\"http://gestion.test/iniciativas/" + first + "\"")
                    .containsPattern("Tabla de la sesión del \\d{2}-\\d{2}-\\d{4}");
            assertThat(mail.text()).contains("== Nueva solicitud de decisión: RD1 Iniciativa RD1 ==")
                    .contains("Motivo: Aprobar <script>x</script> gasto")
                    .contains("Dejar de recibir este tipo de correo: http://gestion.test/baja?t=" + member
                            + ".DECISION_REQUESTED.");
        });
        assertThat(CaughtMail.to(email)).filteredOn(m -> m.subject().startsWith("Nueva solicitud")).isEmpty();
        long digestId = jdbc.queryForObject("select id from mail_outbox where user_id = ? and kind = 'DAILY_DIGEST'",
                Long.class, member);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where user_id = ? and status = 'MERGED' "
                + "and digest_id = ?", Integer.class, member, digestId)).isEqualTo(held);
    }

    @Test
    void a_held_message_whose_kind_was_unsubscribed_before_seven_is_dropped_not_sent() {
        String email = address();
        long member = createUser("Consejero Arrepentido", email, Role.BOARD).userId();
        jdbc.update("insert into mail_preference (user_id, kind, enabled, daily_digest) values (?, ?, true, true)",
                member, NotificationKind.DECISION_REQUESTED.name());
        RoadmapFixture fixture = RoadmapFixture.create(context);
        long initiative = fixture.initiative("DR1", fixture.programA);
        TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> reviewService.requestDecision(initiative, "Revisar"));
        String unsubscribe = jdbc.queryForObject("select section_unsubscribe from mail_outbox where user_id = ? "
                + "and status = 'HELD'", String.class, member);

        assertThat(notificationService.unsubscribe(unsubscribe.substring(unsubscribe.indexOf("t=") + 2)))
                .contains(NotificationKind.DECISION_REQUESTED);
        senderAt(Outbox.nextDailySend(clock.instant()).plusSeconds(60)).sendDue();

        assertThat(CaughtMail.to(email)).extracting(CaughtMail::subject).containsExactly("Su cuenta en Gestión Clúster");
        assertThat(jdbc.queryForList("select status from mail_outbox where user_id = ? and kind <> 'ACCOUNT_CREATED'",
                String.class, member)).containsExactly("DROPPED");
    }

    @Test
    void a_message_left_sending_by_a_node_that_died_is_sent_again_after_the_timeout_with_the_same_message_id() {
        String stuck = address();
        String busy = address();
        createUser("Envío Interrumpido", stuck, Role.SECRETARIAT);
        createUser("Envío En Curso", busy, Role.SECRETARIAT);
        // One node took both and died (11 minutes ago), or is still on it (1 minute ago).
        jdbc.update("update mail_outbox set status = 'SENDING', attempts = 1, claimed_at = utc_timestamp(6) - "
                + "interval 11 minute where recipient = ?", stuck);
        jdbc.update("update mail_outbox set status = 'SENDING', attempts = 1, claimed_at = utc_timestamp(6) - "
                + "interval 1 minute where recipient = ?", busy);

        sender.sendDue();
        sender.sendDue();

        assertThat(CaughtMail.to(stuck)).singleElement().satisfies(mail -> {
            long id = jdbc.queryForObject("select id from mail_outbox where recipient = ?", Long.class, stuck);
            assertThat(mail.messageId()).matches("<outbox-" + id + "\\.\\d+@gestion\\.test>");
        });
        assertThat(CaughtMail.to(busy)).isEmpty();
        assertThat(jdbc.queryForObject("select status from mail_outbox where recipient = ?", String.class, busy))
                .isEqualTo("SENDING");
        // Claimed by the dead node and again by this one.
        assertThat(jdbc.queryForMap("select status, attempts from mail_outbox where recipient = ?", stuck))
                .containsEntry("status", "SENT").containsEntry("attempts", 2);
        jdbc.update("update mail_outbox set status = 'SENT' where recipient = ?", busy);
    }

    @Test
    void with_the_smtp_server_down_saves_succeed_and_every_message_arrives_exactly_once_when_it_is_back() {
        EmbeddedMail.stop();
        smtpUp = false;
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String email = address();
            emails.add(email);
            createUser("Usuaria Caída " + i, email, Role.SECRETARIAT);
        }
        assertThat(sender.sendDue()).isZero();
        assertThat(sender.sendDue()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient in (?, ?, ?) "
                + "and status = 'PENDING' and attempts = 0", Integer.class, emails.toArray())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select last_error from mail_outbox where last_error is not null "
                + "order by id desc limit 1", String.class)).contains("Connect");

        EmbeddedMail.restart();
        smtpUp = true;
        sender.sendDue();
        sender.sendDue();

        for (String email : emails) {
            assertThat(CaughtMail.to(email)).hasSize(1);
        }
    }

    @Test
    void two_senders_sharing_the_database_send_each_message_once() throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String email = address();
            emails.add(email);
            createUser("Usuario Doble " + i, email, Role.PROGRAM_MANAGER);
        }
        OutboxSender other = new OutboxSender(outbox, mailSender, transactions, clock, "otro-nodo@clusterminero.cl",
                5, 8, digests, Duration.ofMinutes(10), "http://gestion.test");
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(sender::sendDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(other::sendDue);

        assertThat(first.get() + second.get()).isGreaterThanOrEqualTo(30);
        for (String email : emails) {
            assertThat(CaughtMail.to(email)).as(email).hasSize(1);
        }
    }

    @Test
    void the_admin_resends_a_failed_message_and_nobody_else_sees_the_outbox() {
        String email = address();
        createUser("Correo Fallido", email, Role.BOARD);
        long id = jdbc.queryForObject("select id from mail_outbox where recipient = ?", Long.class, email);
        jdbc.update("update mail_outbox set status = 'FAILED', attempts = 8, last_error = '550 mailbox unavailable' "
                + "where id = ?", id);

        assertThat(TestLogin.as(jdbc, "admin.pruebas", Role.ADMIN, () -> notificationService.outbox(
                OutboxStatus.FAILED, PageRequest.of(0, 50))))
                .anySatisfy(row -> {
                    assertThat(row.id()).isEqualTo(id);
                    assertThat(row.lastError()).isEqualTo("550 mailbox unavailable");
                });
        assertThatThrownBy(() -> TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> {
            notificationService.resend(id);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        TestLogin.as(jdbc, "admin.pruebas", Role.ADMIN, () -> {
            notificationService.resend(id);
            return null;
        });
        sender.sendDue();

        assertThat(CaughtMail.to(email)).hasSize(1);
        assertThatThrownBy(() -> TestLogin.as(jdbc, "admin.pruebas", Role.ADMIN, () -> {
            notificationService.resend(id);
            return null;
        })).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void each_user_reads_and_changes_only_their_own_preferences() {
        TestLogin.as(jdbc, "pm.a", Role.PROGRAM_MANAGER, () -> {
            MailPreferences mine = notificationService.myPreferences();
            List<PreferenceRow> changed = mine.kinds().stream().map(row -> row.kind() == NotificationKind.RESOLUTION_DUE
                    ? new PreferenceRow(row.kind(), true, true) : row).toList();
            notificationService.saveMyPreferences(new MailPreferences("en", changed));
            return null;
        });
        MailPreferences pmA = TestLogin.as(jdbc, "pm.a", Role.PROGRAM_MANAGER, notificationService::myPreferences);
        MailPreferences pmB = TestLogin.as(jdbc, "pm.b", Role.PROGRAM_MANAGER, notificationService::myPreferences);

        assertThat(pmA.language()).isEqualTo("en");
        assertThat(pmA.kinds()).contains(new PreferenceRow(NotificationKind.RESOLUTION_DUE, true, true));
        assertThat(pmA.kinds()).extracting(PreferenceRow::kind).doesNotContain(NotificationKind.ACCOUNT_CREATED);
        assertThat(pmB.kinds()).doesNotContain(new PreferenceRow(NotificationKind.RESOLUTION_DUE, true, true));
        assertThatThrownBy(() -> TestLogin.as(jdbc, "pm.b", Role.PROGRAM_MANAGER, () -> {
            notificationService.saveMyPreferences(new MailPreferences("es",
                    List.of(new PreferenceRow(NotificationKind.ACCOUNT_DISABLED, false, false))));
            return null;
        })).isInstanceOf(InvalidInputException.class);
        // Back to the defaults, for the next run on the same database.
        TestLogin.as(jdbc, "pm.a", Role.PROGRAM_MANAGER, () -> {
            notificationService.saveMyPreferences(new MailPreferences("es", List.of(
                    new PreferenceRow(NotificationKind.RESOLUTION_DUE, true, false))));
            return null;
        });
    }
}
