package cl.clusterminero.gestion.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.TestLogin;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Who may flag an initiative for the board and who may review it, and what a decision does, against MariaDB. */
@IntegrationTest
class ReviewRulesTest {

    @Autowired ReviewService reviewService;
    @Autowired RoadmapService roadmapService;
    @Autowired RoadmapReportService reportService;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    RoadmapFixture fixture;

    @BeforeEach
    void freshRoadmap() {
        fixture = RoadmapFixture.create(context);
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a")
    void a_program_manager_flags_initiatives_of_her_programs_only() {
        long own = fixture.initiative("F1", fixture.programA);
        long other = fixture.initiative("F2", fixture.programB);

        reviewService.requestDecision(own, "Aprobar la segunda etapa");

        assertThat(reviewService.openRequest(own)).get().satisfies(request -> {
            assertThat(request.reason()).isEqualTo("Aprobar la segunda etapa");
            assertThat(request.requestedByName()).isEqualTo("Gestora A");
        });
        assertThat(reviewService.mayRequestDecision(other)).isFalse();
        assertThatThrownBy(() -> reviewService.requestDecision(other, "No es mía"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reviewService.openRequest(other)).isEmpty();
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void the_secretariat_flags_any_initiative_once_and_a_reason_is_required() {
        long initiative = fixture.initiative("F3", fixture.programB);

        assertThatThrownBy(() -> reviewService.requestDecision(initiative, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key).containsExactly("review.reason.required"));
        reviewService.requestDecision(initiative, "Definir el socio ejecutor");
        assertThatThrownBy(() -> reviewService.requestDecision(initiative, "Otra vez"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key).containsExactly("review.request.already-open"));
        assertThat(reviewService.queue(Pageable.unpaged())).extracting(ReviewQueueRow::initiativeId)
                .contains(initiative);
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void only_board_members_review_initiatives() {
        long initiative = fixture.initiative("F4", fixture.programA);
        ReviewDraft draft = new ReviewDraft(ReviewDecision.APPROVE, "De acuerdo");

        assertThatThrownBy(() -> reviewService.review(initiative, draft)).isInstanceOf(AccessDeniedException.class);
        assertThat(reviewService.reviews(initiative)).isEmpty();
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a")
    void a_program_manager_cannot_review_even_his_own_initiative() {
        long initiative = fixture.initiative("F5", fixture.programA);

        assertThatThrownBy(() -> reviewService.review(initiative, new ReviewDraft(ReviewDecision.APPROVE, "Ok")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAppUser(value = Role.BOARD, username = "board.a")
    void approving_answers_the_request_takes_it_out_of_the_queue_and_approves_the_proposal() {
        long proposal = fixture.initiative("F6", fixture.programA, InitiativeStatus.PROPOSED);
        TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> reviewService.requestDecision(proposal, "Aprobar inicio"));

        reviewService.review(proposal, new ReviewDraft(ReviewDecision.NOTE, "Tomamos conocimiento"));
        assertThat(reviewService.openRequest(proposal)).isPresent();

        reviewService.review(proposal, new ReviewDraft(ReviewDecision.APPROVE, "Aprobada con cargo a fondos GORE"));

        assertThat(reviewService.openRequest(proposal)).isEmpty();
        assertThat(reviewService.queue(Pageable.unpaged())).extracting(ReviewQueueRow::initiativeId)
                .doesNotContain(proposal);
        assertThat(roadmapService.initiative(proposal).data().status()).isEqualTo(InitiativeStatus.APPROVED);
        assertThat(reviewService.reviews(proposal)).extracting(ReviewEntry::decision, ReviewEntry::reviewerName)
                .containsExactly(Tuple.tuple(ReviewDecision.APPROVE, "Consejera A"),
                        Tuple.tuple(ReviewDecision.NOTE, "Consejera A"));
    }

    @Test
    @WithAppUser(value = Role.BOARD, username = "board.a")
    void a_review_needs_a_decision_and_a_comment() {
        long initiative = fixture.initiative("F7", fixture.programA);

        assertThatThrownBy(() -> reviewService.review(initiative, new ReviewDraft(null, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("decision", "comment"));
        assertThat(reviewService.reviews(initiative)).isEmpty();
    }

    @Test
    @WithAppUser(value = Role.BOARD, username = "board.a")
    void the_status_report_pdf_opens_and_shows_each_axis_and_its_overdue_milestones() throws Exception {
        long late = fixture.initiative("PDF1", fixture.programA);
        fixture.milestone(late, fixture.today().minusDays(3), 1, MilestoneStatus.IN_PROGRESS, 40);

        byte[] pdf = reportService.statusReport(fixture.roadmapId, Locale.of("es", "CL"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Informe de estado de la hoja de ruta", "AX · Eje de prueba",
                    "Hito " + fixture.today().minusDays(3),
                    DisplayFormats.date(fixture.today().minusDays(3)),
                    "atrasadas 1", "Avance de una iniciativa");
        }
    }
}
