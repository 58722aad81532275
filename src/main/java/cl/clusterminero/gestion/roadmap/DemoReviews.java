package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.security.UserOption;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.shared.demo.DemoSeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo board work on the current roadmap: three initiatives waiting for a board decision (one a proposal the board
 * can approve) and earlier reviews, one of which answered a request.
 */
@Component
@Profile("demo")
class DemoReviews implements DemoSeed {

    private final DecisionRequestRepository requests;
    private final BoardReviewRepository reviews;
    private final RoadmapQueries queries;
    private final RoadmapRepository roadmaps;
    private final UserService userService;
    private final Clock clock;

    DemoReviews(DecisionRequestRepository requests, BoardReviewRepository reviews, RoadmapQueries queries,
                RoadmapRepository roadmaps, UserService userService, Clock clock) {
        this.requests = requests;
        this.reviews = reviews;
        this.queries = queries;
        this.roadmaps = roadmaps;
        this.userService = userService;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    @Transactional
    public void seed() {
        if (requests.count() > 0 || reviews.count() > 0) {
            return;
        }
        roadmaps.findByCode("HR2025").ifPresent(roadmap -> SystemAuthentication.runAsSystem(() ->
                seedFor(roadmap.getId())));
    }

    private void seedFor(long roadmapId) {
        Map<String, Long> initiatives = queries.initiatives(InitiativeFilter.of(roadmapId), Pageable.unpaged(),
                        LocalDate.now(clock)).stream()
                .collect(Collectors.toMap(InitiativeRow::code, InitiativeRow::id));
        Map<String, Long> users = userService.enabledUsers().stream()
                .collect(Collectors.toMap(UserOption::username, UserOption::id));
        Instant now = clock.instant();

        review(initiatives.get("EC-02"), users.get("directorio"), ReviewDecision.APPROVE,
                "Aprobada en sesión ordinaria. Priorizar a los proveedores de Antofagasta y Calama en la primera etapa.",
                now.minus(Duration.ofDays(60)));
        DecisionRequest earlier = requests.save(new DecisionRequest(initiatives.get("VS-03"),
                "Validar el reglamento del fondo antes de abrir la convocatoria.", users.get("gestora"),
                now.minus(Duration.ofDays(32))));
        BoardReview changes = review(initiatives.get("VS-03"), users.get("directorio2"),
                ReviewDecision.REQUEST_CHANGES, "Incorporar a la junta de vecinos en el comité de selección y "
                        + "volver a presentar el reglamento.", now.minus(Duration.ofDays(25)));
        earlier.answer(changes.getId(), now.minus(Duration.ofDays(25)));
        review(initiatives.get("ID-01"), users.get("directorio"), ReviewDecision.NOTE,
                "El directorio toma conocimiento del avance del centro de extensionismo.", now.minus(Duration.ofDays(20)));

        requests.save(new DecisionRequest(initiatives.get("ID-03"),
                "Aprobar el inicio de la iniciativa y su postulación a financiamiento del Gobierno Regional.",
                users.get("secretaria"), now.minus(Duration.ofDays(12))));
        requests.save(new DecisionRequest(initiatives.get("ET-03"),
                "Ampliar el presupuesto 2026 de la aceleradora en $120.000.000 con aporte de mandantes.",
                users.get("gestor"), now.minus(Duration.ofDays(5))));
        requests.save(new DecisionRequest(initiatives.get("CH-03"),
                "Cambiar el socio ejecutor de la escuela de soldadura por retiro del liceo técnico.",
                users.get("gestora"), now.minus(Duration.ofDays(2))));
    }

    private BoardReview review(Long initiativeId, Long reviewerId, ReviewDecision decision, String comment,
                               Instant when) {
        return reviews.save(new BoardReview(initiativeId, reviewerId, decision, comment, when));
    }

}
