package cl.clusterminero.gestion.board;

import cl.clusterminero.gestion.roadmap.InitiativeFilter;
import cl.clusterminero.gestion.roadmap.InitiativeRow;
import cl.clusterminero.gestion.roadmap.RoadmapOption;
import cl.clusterminero.gestion.roadmap.RoadmapService;
import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.security.UserOption;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.demo.DemoSeed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo meetings: an ordinary and an extraordinary one already held, with agenda and resolutions (one overdue, one
 * done, others open, owned by different users), and the next ordinary meeting with the review queue on its agenda.
 */
@Component
@Profile("demo")
class DemoBoard implements DemoSeed {

    private final BoardMeetingRepository meetings;
    private final AgendaItemRepository agenda;
    private final ResolutionRepository resolutions;
    private final RoadmapService roadmapService;
    private final UserService userService;
    private final Clock clock;

    DemoBoard(BoardMeetingRepository meetings, AgendaItemRepository agenda, ResolutionRepository resolutions,
              RoadmapService roadmapService, UserService userService, Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.resolutions = resolutions;
        this.roadmapService = roadmapService;
        this.userService = userService;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional
    public void seed() {
        if (meetings.count() > 0) {
            return;
        }
        SystemAuthentication.runAsSystem(this::seedAsSystem);
    }

    private void seedAsSystem() {
        Map<String, Long> users = userService.enabledUsers().stream()
                .collect(Collectors.toMap(UserOption::username, UserOption::id));
        Map<String, InitiativeRow> initiatives = roadmapService.roadmaps().stream().filter(RoadmapOption::current)
                .findFirst().map(current -> roadmapService.initiatives(InitiativeFilter.of(current.id()),
                        Pageable.unpaged()).stream().collect(Collectors.toMap(InitiativeRow::code, row -> row)))
                .orElse(Map.of());
        LocalDate today = LocalDate.now(clock);
        Set<Long> board = Set.of(users.get("directorio"), users.get("directorio2"));

        long held = meeting(today.minusDays(60), MeetingKind.ORDINARY, "Sede de la Corporación, Antofagasta", board,
                "Se revisó el estado de la Hoja de Ruta 2025 y la cuenta de compras locales.");
        item(held, 1, initiatives.get("EC-02"), null);
        item(held, 2, null, "Estado de la Hoja de Ruta 2025");
        item(held, 3, null, "Cuenta de compras locales del año anterior");
        resolution(held, "Presentar al directorio una propuesta de indicador público de compras locales.",
                users.get("gestor"), today.minusDays(20), null);
        resolution(held, "Enviar a Corfo el informe trimestral de avance de la hoja de ruta.",
                users.get("secretaria"), today.minusDays(30), "Informe enviado por oficina de partes el "
                        + DisplayFormats.date(today.minusDays(33)) + ".");
        resolution(held, "Coordinar una reunión con el Gobierno Regional sobre el financiamiento de hidrógeno verde.",
                users.get("directorio"), today.plusDays(15), null);

        long extraordinary = meeting(today.minusDays(25), MeetingKind.EXTRAORDINARY, "Videoconferencia", board,
                null);
        item(extraordinary, 1, initiatives.get("VS-03"), null);
        resolution(extraordinary, "Revisar con la comunidad de Sierra Gorda el reglamento del fondo de proyectos.",
                users.get("gestora"), today.plusDays(20), null);

        long next = meeting(today.plusDays(10), MeetingKind.ORDINARY, "Sede de la Corporación, Antofagasta", board,
                null);
        item(next, 1, initiatives.get("ID-03"), null);
        item(next, 2, initiatives.get("ET-03"), null);
        item(next, 3, null, "Varios");
    }

    private long meeting(LocalDate date, MeetingKind kind, String location, Set<Long> attendees, String notes) {
        Instant now = clock.instant();
        BoardMeeting meeting = new BoardMeeting(now);
        meeting.apply(new MeetingDraft(date, kind, location, notes, attendees), now, SystemAuthentication.USERNAME);
        return meetings.save(meeting).getId();
    }

    private void item(long meetingId, int position, InitiativeRow initiative, String topic) {
        agenda.save(initiative == null ? new AgendaItem(meetingId, position, null, topic)
                : new AgendaItem(meetingId, position, initiative.id(), initiative.code() + " · " + initiative.title()));
    }

    private void resolution(long meetingId, String text, Long ownerId, LocalDate deadline, String doneNote) {
        Resolution resolution = new Resolution(meetingId, text, ownerId, deadline, clock.instant(),
                SystemAuthentication.USERNAME);
        if (doneNote != null) {
            resolution.complete(doneNote, clock.instant(), SystemAuthentication.USERNAME);
        }
        resolutions.save(resolution);
    }
}
