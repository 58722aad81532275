package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.program.ProgramDraft;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.program.ProgramStatus;
import cl.clusterminero.gestion.security.SystemAuthentication;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data for the roadmap: two program managers (pm.a, pm.b) with a program each, a roadmap with an axis, and
 * initiatives with milestones in a known state, created fresh (unique codes) for each test.
 */

public class RoadmapFixture {

    final RoadmapRepository roadmaps;
    final StrategicAxisRepository axes;
    final InitiativeRepository initiatives;
    final MilestoneRepository milestones;
    final ProgramService programService;
    final JdbcTemplate jdbc;
    final Clock clock;

    public long roadmapId;
    public long axisId;
    public long programA;
    public long programB;

    RoadmapFixture(RoadmapRepository roadmaps, StrategicAxisRepository axes, InitiativeRepository initiatives,
                   MilestoneRepository milestones, ProgramService programService, JdbcTemplate jdbc, Clock clock) {
        this.roadmaps = roadmaps;
        this.axes = axes;
        this.initiatives = initiatives;
        this.milestones = milestones;
        this.programService = programService;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** For tests of other features (the board) that need initiatives and milestones. */
    public static RoadmapFixture create(ApplicationContext context) {
        RoadmapFixture fixture = new RoadmapFixture(context.getBean(RoadmapRepository.class),
                context.getBean(StrategicAxisRepository.class), context.getBean(InitiativeRepository.class),
                context.getBean(MilestoneRepository.class), context.getBean(ProgramService.class),
                context.getBean(JdbcTemplate.class), context.getBean(Clock.class));
        fixture.reset();
        return fixture;
    }

    public void reset() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long pmA = user("pm.a", "Gestora A");
        long pmB = user("pm.b", "Gestor B");
        SystemAuthentication.runAsSystem(() -> {
            programA = programService.create(program("A" + tag, pmA));
            programB = programService.create(program("B" + tag, pmB));
        });
        roadmapId = roadmaps.save(new Roadmap("T" + tag, "Hoja de prueba " + tag, null, 2024, 2026, false)).getId();
        axisId = axes.save(new StrategicAxis(roadmapId, "AX", "Eje de prueba", null, 1)).getId();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public long initiative(String code, Long programId) {
        return initiative(code, programId, InitiativeStatus.IN_PROGRESS);
    }

    public long initiative(String code, Long programId, InitiativeStatus status) {
        Initiative initiative = new Initiative(roadmapId, Instant.now(), "test");
        initiative.apply(new InitiativeDraft(axisId, programId, code, "Iniciativa " + code, null, null, null, null,
                null, Priority.MEDIUM, status, null, null, null, null, null));
        return initiatives.save(initiative).getId();
    }

    public long milestone(long initiativeId, LocalDate due, int weight, MilestoneStatus status, int percent) {
        Milestone milestone = new Milestone(initiativeId, "Hito " + due, due, weight, Instant.now(), "test");
        milestone.progress(status, percent, status == MilestoneStatus.DONE ? today() : null, Instant.now(), "test");
        return milestones.save(milestone).getId();
    }

    private ProgramDraft program(String code, long manager) {
        return new ProgramDraft(code, "Programa " + code, null, null, null, ProgramStatus.ACTIVE, 0, Set.of(manager),
                Set.of(), List.of());
    }

    private long user(String username, String fullName) {
        List<Long> ids = jdbc.queryForList("select id from app_user where username = ?", Long.class, username);
        if (!ids.isEmpty()) {
            return ids.getFirst();
        }
        jdbc.update("insert into app_user (username, full_name, password_hash, created_at) values (?, ?, ?, now())",
                username, fullName, "{noop}not-used-for-login");
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        jdbc.update("insert into app_user_role (user_id, role) values (?, 'PROGRAM_MANAGER')", id);
        return id;
    }
}
