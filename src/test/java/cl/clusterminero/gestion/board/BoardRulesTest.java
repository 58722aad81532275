package cl.clusterminero.gestion.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.roadmap.MilestoneStatus;
import cl.clusterminero.gestion.roadmap.ReviewQueueRow;
import cl.clusterminero.gestion.roadmap.ReviewService;
import cl.clusterminero.gestion.roadmap.RoadmapFixture;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.TestLogin;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Meetings, agenda, resolutions and alerts: who may do what, and what each one sees, against MariaDB. */
@IntegrationTest
class BoardRulesTest {

    @Autowired BoardMeetingService meetingService;
    @Autowired ResolutionService resolutionService;
    @Autowired AttentionService attentionService;
    @Autowired ReviewService reviewService;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    RoadmapFixture fixture;
    LocalDate today;

    @BeforeEach
    void freshRoadmap() {
        fixture = RoadmapFixture.create(context);
        today = fixture.today();
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private long meetingAsSecretariat() {
        return TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> meetingService.createMeeting(new MeetingDraft(
                today.plusDays(7), MeetingKind.ORDINARY, "Sede de la Corporación", null,
                Set.of(userId("board.a"), userId("board.b")))));
    }

    @Test
    @WithAppUser(value = Role.BOARD, username = "board.a")
    void the_board_cannot_prepare_meetings_but_records_resolutions() {
        assertThatThrownBy(() -> meetingService.createMeeting(new MeetingDraft(today, MeetingKind.ORDINARY, null,
                null, Set.of()))).isInstanceOf(AccessDeniedException.class);
        long meeting = meetingAsSecretariat();
        assertThatThrownBy(() -> meetingService.addTopicToAgenda(meeting, "Varios"))
                .isInstanceOf(AccessDeniedException.class);

        long resolution = resolutionService.record(meeting, new ResolutionDraft("Informar avance a Corfo",
                userId("pm.a"), today.plusDays(30)));

        assertThat(meetingService.meeting(meeting)).satisfies(details -> {
            assertThat(details.mayPrepare()).isFalse();
            assertThat(details.mayRecordResolutions()).isTrue();
            assertThat(details.attendeeNames()).containsExactly("Consejera A", "Consejero B");
            assertThat(details.resolutions()).extracting(ResolutionRow::id, ResolutionRow::ownerName,
                    ResolutionRow::state).containsExactly(Tuple.tuple(resolution, "Gestora A",
                    ResolutionState.OPEN));
        });
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a")
    void a_program_manager_reads_meetings_but_neither_prepares_them_nor_records_resolutions() {
        long meeting = meetingAsSecretariat();

        assertThat(meetingService.meeting(meeting).mayPrepare()).isFalse();
        assertThatThrownBy(() -> meetingService.updateMeeting(meeting, 0, new MeetingDraft(today,
                MeetingKind.EXTRAORDINARY, null, null, Set.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> resolutionService.record(meeting, new ResolutionDraft("x", userId("pm.a"), today)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void the_secretariat_builds_the_agenda_from_flagged_initiatives_and_free_topics() {
        long flagged = fixture.initiative("AG1", fixture.programA);
        long notFlagged = fixture.initiative("AG2", fixture.programA);
        reviewService.requestDecision(flagged, "Aprobar presupuesto");
        long meeting = meetingAsSecretariat();

        assertThat(meetingService.agendaCandidates(meeting)).extracting(ReviewQueueRow::initiativeId)
                .contains(flagged).doesNotContain(notFlagged);
        meetingService.addTopicToAgenda(meeting, "Cuenta del presidente");
        meetingService.addInitiativeToAgenda(meeting, flagged);
        assertThatThrownBy(() -> meetingService.addInitiativeToAgenda(meeting, flagged))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key).containsExactly("agenda.already"));
        List<AgendaEntry> agenda = meetingService.meeting(meeting).agenda();
        meetingService.moveAgendaItem(agenda.get(1).id(), -1);

        assertThat(meetingService.meeting(meeting).agenda()).extracting(AgendaEntry::topic)
                .containsExactly("AG1 · Iniciativa AG1", "Cuenta del presidente");
        assertThat(meetingService.agendaCandidates(meeting)).extracting(ReviewQueueRow::initiativeId)
                .doesNotContain(flagged);
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void attendees_must_be_board_members_and_a_date_is_required() {
        assertThatThrownBy(() -> meetingService.createMeeting(new MeetingDraft(null, MeetingKind.ORDINARY, null,
                null, Set.of(userId("pm.a"))))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("date", "attendees"));
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void a_stale_meeting_edit_is_refused() {
        long meeting = meetingAsSecretariat();
        MeetingDetails seen = meetingService.meeting(meeting);
        meetingService.updateMeeting(meeting, seen.version(), new MeetingDraft(today.plusDays(8),
                MeetingKind.ORDINARY, "Calama", null, Set.of()));

        assertThatThrownBy(() -> meetingService.updateMeeting(meeting, seen.version(), new MeetingDraft(
                today.plusDays(9), MeetingKind.ORDINARY, "Antofagasta", null, Set.of())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(meetingService.meeting(meeting).data().location()).isEqualTo("Calama");
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a")
    void only_the_owner_closes_a_resolution_and_overdue_is_computed() {
        long meeting = meetingAsSecretariat();
        long mine = TestLogin.as(jdbc, "board.a", Role.BOARD, () -> resolutionService.record(meeting,
                new ResolutionDraft("Presentar indicador de compras locales", userId("pm.a"), today.minusDays(1))));
        long theirs = TestLogin.as(jdbc, "board.a", Role.BOARD, () -> resolutionService.record(meeting,
                new ResolutionDraft("Coordinar con el GORE", userId("pm.b"), today.plusDays(5))));

        assertThat(resolutionService.mine(false)).filteredOn(row -> row.id() == mine).singleElement()
                .extracting(ResolutionRow::state).isEqualTo(ResolutionState.OVERDUE);
        assertThat(resolutionService.mine(false)).extracting(ResolutionRow::id).doesNotContain(theirs);
        assertThatThrownBy(() -> resolutionService.complete(theirs, 0, "Hecho"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> resolutionService.complete(mine, 0, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key).containsExactly("resolution.note.required"));

        resolutionService.complete(mine, 0, "Indicador presentado en sesión");

        assertThat(resolutionService.mine(false)).extracting(ResolutionRow::id).doesNotContain(mine);
        assertThat(resolutionService.mine(true)).filteredOn(row -> row.id() == mine).singleElement()
                .satisfies(row -> {
                    assertThat(row.state()).isEqualTo(ResolutionState.DONE);
                    assertThat(row.doneNote()).isEqualTo("Indicador presentado en sesión");
                });
        assertThatThrownBy(() -> resolutionService.complete(mine, 0, "Otra vez"))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.b")
    void a_program_manager_is_alerted_to_overdue_milestones_and_resolutions_he_owns() {
        long late = fixture.initiative("AL1", fixture.programB);
        fixture.milestone(late, today.minusDays(2), 1, MilestoneStatus.IN_PROGRESS, 10);
        long meeting = meetingAsSecretariat();
        TestLogin.as(jdbc, "board.a", Role.BOARD, () -> resolutionService.record(meeting,
                new ResolutionDraft("Informe de cierre", userId("pm.b"), today.minusDays(3))));

        List<Attention> alerts = attentionService.forCurrentUser();

        assertThat(alerts).extracting(Attention::key).contains("attention.overdue-milestones",
                "attention.overdue-resolutions").doesNotContain("attention.review-queue");
        assertThat(alerts).filteredOn(a -> a.key().equals("attention.overdue-milestones")).singleElement()
                .extracting(Attention::route).isEqualTo("mis-hitos");
    }

    @Test
    @WithAppUser(value = Role.BOARD, username = "board.b")
    void the_board_is_alerted_to_the_review_queue() {
        long flagged = fixture.initiative("AL2", fixture.programA);
        TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> reviewService.requestDecision(flagged, "Decidir"));

        assertThat(attentionService.forCurrentUser()).filteredOn(a -> a.key().equals("attention.review-queue"))
                .singleElement().satisfies(alert -> {
                    assertThat(alert.count()).isEqualTo(reviewService.queueSize()).isPositive();
                    assertThat(alert.route()).isEqualTo("directorio/revisiones");
                });
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void the_minutes_pdf_opens_and_lists_attendees_agenda_and_resolutions() throws Exception {
        long meeting = meetingAsSecretariat();
        meetingService.addTopicToAgenda(meeting, "Cuenta de compras locales 2025");
        resolutionService.record(meeting, new ResolutionDraft("Publicar el indicador de compras locales",
                userId("pm.a"), today.plusDays(45)));

        byte[] pdf = meetingService.minutesPdf(meeting, Locale.of("es", "CL"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Acta de sesión Ordinaria del directorio, "
                            + DisplayFormats.date(today.plusDays(7)), "Consejera A, Consejero B",
                    "1. Cuenta de compras locales 2025", "Publicar el indicador de compras locales", "Gestora A",
                    DisplayFormats.date(today.plusDays(45)), "Abierto", "Sede de la Corporación");
        }
    }
}
