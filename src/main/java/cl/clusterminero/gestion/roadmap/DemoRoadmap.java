package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.program.FundingSource;
import cl.clusterminero.gestion.program.FundingState;
import cl.clusterminero.gestion.program.ProgramDraft;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.program.ProgramStatus;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.security.UserOption;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.demo.DemoSeed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Hoja de Ruta 2025 with its five pillars, seven programs (supplier development, Desafíos Mineros, a technology
 * extension centre co-financed by Corfo and private partners...) managed by the demo program managers, 40
 * initiatives and their milestones around today: some done, some overdue, some due soon, with progress histories.
 * Deterministic and idempotent (nothing is added once the roadmap exists).
 */
@Component
@Profile("demo")
class DemoRoadmap implements DemoSeed {

    private static final ZoneId CHILE = DisplayFormats.ZONE;
    private static final String[][] AXES = {
            {"EC", "Encadenamiento con la industria", "Más compras de las mineras a proveedores de la región."},
            {"ET", "Emprendimientos tecnológicos", "Startups y pymes que resuelven desafíos de la minería."},
            {"ID", "Servicios tecnológicos de I+D", "Capacidades regionales de investigación, ensayos y extensión."},
            {"CH", "Capital humano", "Personas de la región formadas para la minería del futuro."},
            {"VS", "Valor social y sostenibilidad", "Valor compartido con los territorios y cuidado del ambiente."}};
    private static final String[][] INITIATIVES = {
            {"EC", "PDP", "Desarrollo de proveedores locales de mantención"},
            {"EC", "CIR", "Plataforma regional de compras y licitaciones"},
            {"EC", "CIR", "Ruedas de negocio mandante-proveedor"},
            {"EC", "PDP", "Certificación de calidad para pymes proveedoras"},
            {"EC", "CIR", "Mesa de pago oportuno a pymes regionales"},
            {"EC", "CIR", "Catálogo regional de servicios mineros"},
            {"EC", "PDP", "Programa de escalamiento de proveedores medianos"},
            {"EC", "CIR", "Indicador público de compras locales"},
            {"ET", "DM", "Desafíos Mineros: relaves y agua"},
            {"ET", "DM", "Desafíos Mineros: electromovilidad en faena"},
            {"ET", "DM", "Aceleradora de startups mineras"},
            {"ET", "DM", "Pilotos de monitoreo de relaves con sensores"},
            {"ET", "DM", "Fondo de validación tecnológica en faena"},
            {"ET", "CET", "Red de mentores de la industria"},
            {"ET", "DM", "Demo day regional de innovación minera"},
            {"ET", "DM", "Compra pública de innovación municipal"},
            {"ID", "CET", "Centro de extensionismo tecnológico"},
            {"ID", "CET", "Laboratorio de ensayos de materiales y desgaste"},
            {"ID", "HID", "Hidrógeno verde para camiones de extracción"},
            {"ID", "CET", "Red de laboratorios universitarios UA-UCN"},
            {"ID", "CET", "Diagnósticos de productividad para pymes"},
            {"ID", "CET", "Vigilancia tecnológica compartida"},
            {"ID", "HID", "Estudio de almacenamiento de energía solar"},
            {"ID", "CET", "Transferencia de tecnología en automatización"},
            {"CH", "FCH", "Formación de operadores de equipos autónomos"},
            {"CH", "FCH", "Becas técnicas para jóvenes de Calama"},
            {"CH", "FCH", "Escuela de soldadura certificada"},
            {"CH", "FCH", "Inserción laboral de mujeres en minería"},
            {"CH", "FCH", "Reconversión de trabajadores a nuevas tecnologías"},
            {"CH", "FCH", "Liceos técnicos vinculados a faenas"},
            {"CH", "FCH", "Certificación de competencias laborales"},
            {"CH", "FCH", "Observatorio regional de empleo minero"},
            {"VS", "SOS", "Monitoreo participativo del aire en Calama"},
            {"VS", "SOS", "Eficiencia hídrica en proveedores"},
            {"VS", "SOS", "Fondo de proyectos comunitarios en Sierra Gorda"},
            {"VS", "SOS", "Economía circular de neumáticos mineros"},
            {"VS", "SOS", "Huella de carbono de la cadena de suministro"},
            {"VS", "SOS", "Programa de turismo industrial en Antofagasta"},
            {"VS", "SOS", "Diálogo territorial en San Pedro de Atacama"},
            {"VS", "SOS", "Reciclaje de residuos industriales en Mejillones"}};
    private static final String[] MILESTONES = {"Diagnóstico inicial", "Diseño del programa", "Convocatoria abierta",
            "Selección de participantes", "Ejecución de pilotos", "Informe de resultados", "Cierre y evaluación"};
    private static final String[] COMMENTS = {"Avance según lo planificado.", "Se realizó reunión con el mandante.",
            "Se incorporaron nuevas empresas participantes.", "Retraso por disponibilidad de faena.",
            "Entregables revisados por el comité técnico.", "Se recibió el informe del consultor."};

    private final RoadmapRepository roadmaps;
    private final StrategicAxisRepository axes;
    private final InitiativeRepository initiatives;
    private final MilestoneRepository milestones;
    private final ProgressUpdateRepository updates;
    private final ProgramService programService;
    private final UserService userService;
    private final Clock clock;

    DemoRoadmap(RoadmapRepository roadmaps, StrategicAxisRepository axes, InitiativeRepository initiatives,
                MilestoneRepository milestones, ProgressUpdateRepository updates, ProgramService programService,
                UserService userService, Clock clock) {
        this.roadmaps = roadmaps;
        this.axes = axes;
        this.initiatives = initiatives;
        this.milestones = milestones;
        this.updates = updates;
        this.programService = programService;
        this.userService = userService;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional
    public void seed() {
        if (roadmaps.findByCode("HR2025").isPresent()) {
            return;
        }
        SystemAuthentication.runAsSystem(this::seedAsSystem);
    }

    private void seedAsSystem() {
        Roadmap roadmap = roadmaps.save(new Roadmap("HR2025", "Hoja de Ruta 2025",
                "Hoja de ruta del Programa Estratégico Regional Clúster Minero de Antofagasta, heredada de Corfo.",
                2020, 2025, true));
        roadmaps.save(new Roadmap("HR2030", "Hoja de Ruta 2030 (borrador)",
                "Actualización de la estrategia que prepara el directorio.", 2026, 2030, false));
        // Exactly one roadmap is current.
        roadmaps.findAll().forEach(other -> other.setCurrent(other.getId().equals(roadmap.getId())));
        Map<String, Long> axisIds = new HashMap<>();
        for (int i = 0; i < AXES.length; i++) {
            axisIds.put(AXES[i][0], axes.save(new StrategicAxis(roadmap.getId(), AXES[i][0], AXES[i][1], AXES[i][2],
                    i + 1)).getId());
        }
        List<UserOption> managers = userService.withRole(Role.PROGRAM_MANAGER);
        Long gestor = managerId(managers, "gestor");
        Long gestora = managerId(managers, "gestora");
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> programIds = new HashMap<>();
        programIds.put("PDP", program("PDP", "Programa de Desarrollo de Proveedores", gestor, ProgramStatus.ACTIVE,
                850_000_000L, List.of(new ProgramDraft.Funding(FundingSource.CORFO, 400_000_000L,
                                FundingState.RECEIVED, "Línea PDP Corfo"),
                        new ProgramDraft.Funding(FundingSource.PRIVATE, 350_000_000L, FundingState.COMMITTED,
                                "Aporte de mandantes"))));
        programIds.put("DM", program("DM", "Desafíos Mineros", gestor, ProgramStatus.ACTIVE, 420_000_000L,
                List.of(new ProgramDraft.Funding(FundingSource.GORE, 300_000_000L, FundingState.RECEIVED, "FIC-R"))));
        programIds.put("CIR", program("CIR", "Compras e Integración Regional", gestor, ProgramStatus.ACTIVE,
                180_000_000L, List.of(new ProgramDraft.Funding(FundingSource.PRIVATE, 120_000_000L,
                        FundingState.RECEIVED, null))));
        programIds.put("CET", program("CET", "Centro de Extensionismo Tecnológico", gestora, ProgramStatus.ACTIVE,
                1_200_000_000L, List.of(new ProgramDraft.Funding(FundingSource.CORFO, 700_000_000L,
                                FundingState.RECEIVED, "Convocatoria Centros de Extensionismo"),
                        new ProgramDraft.Funding(FundingSource.PRIVATE, 300_000_000L, FundingState.COMMITTED,
                                "Socios privados del centro"))));
        programIds.put("FCH", program("FCH", "Formación de Capital Humano", gestora, ProgramStatus.ACTIVE,
                520_000_000L, List.of(new ProgramDraft.Funding(FundingSource.GORE, 450_000_000L,
                        FundingState.COMMITTED, null))));
        programIds.put("SOS", program("SOS", "Sostenibilidad y Territorio", gestora, ProgramStatus.ACTIVE,
                260_000_000L, List.of(new ProgramDraft.Funding(FundingSource.OTHER, 90_000_000L,
                        FundingState.RECEIVED, "Fundaciones"))));
        programIds.put("HID", program("HID", "Hidrógeno Verde para la Minería", null, ProgramStatus.PLANNED,
                2_000_000_000L, List.of()));

        Random random = new Random(2025);
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, String[]> managerNames = Map.of("gestor", new String[] {"gestor", "Jorge Alvarado Cortés"},
                "gestora", new String[] {"gestora", "Francisca Ibarra Lagos"});
        for (String[] seed : INITIATIVES) {
            int number = numbers.merge(seed[0], 1, Integer::sum);
            String program = seed[1];
            String[] author = Set.of("PDP", "DM", "CIR").contains(program) ? managerNames.get("gestor")
                    : managerNames.get("gestora");
            LocalDate start = today.minusDays(200 + random.nextInt(400));
            LocalDate target = today.plusDays(60 + random.nextInt(500));
            Initiative initiative = new Initiative(roadmap.getId(), clock.instant(), "sistema");
            initiative.apply(new InitiativeDraft(axisIds.get(seed[0]), programIds.get(program),
                    seed[0] + "-" + String.format("%02d", number), seed[2], null, author[1], null, start, target,
                    Priority.values()[random.nextInt(3)],
                    program.equals("HID") ? InitiativeStatus.PROPOSED : random.nextInt(10) == 0
                            ? InitiativeStatus.APPROVED : InitiativeStatus.IN_PROGRESS,
                    null, null, null, null, null));
            initiatives.save(initiative);
            if (program.equals("HID")) {
                continue;
            }
            if (initiative.getCode().equals("EC-01")) {
                seedDelayedByOneMilestone(initiative, today, author);
                continue;
            }
            int count = 3 + random.nextInt(4);
            for (int m = 0; m < count; m++) {
                LocalDate due = today.minusDays(240).plusDays((long) m * 90 + random.nextInt(60));
                Milestone milestone = new Milestone(initiative.getId(), MILESTONES[m], due, 1 + random.nextInt(3),
                        clock.instant(), author[0]);
                milestones.save(milestone);
                seedProgress(milestone, initiative, due, today, random, author);
            }
        }
    }

    /**
     * EC-01 is late only because of one milestone due ten days ago: finishing it puts the initiative back on
     * track, which is what a program manager sees happen in the demo (and in the browser journey).
     */
    private void seedDelayedByOneMilestone(Initiative initiative, LocalDate today, String[] author) {
        Milestone diagnosis = new Milestone(initiative.getId(), MILESTONES[0], today.minusDays(90), 1,
                clock.instant(), author[0]);
        milestones.save(diagnosis);
        updates.save(new ProgressUpdate(diagnosis.getId(), initiative.getId(), today.minusDays(92),
                MilestoneStatus.PENDING, MilestoneStatus.DONE, 0, 100, "Diagnóstico entregado a los mandantes.",
                author[0], author[1], today.minusDays(92).atTime(11, 0).atZone(CHILE).toInstant()));
        diagnosis.progress(MilestoneStatus.DONE, 100, today.minusDays(92), clock.instant(), author[0]);
        milestones.save(diagnosis);
        Milestone design = new Milestone(initiative.getId(), MILESTONES[1], today.minusDays(10), 2, clock.instant(),
                author[0]);
        milestones.save(design);
        updates.save(new ProgressUpdate(design.getId(), initiative.getId(), today.minusDays(20),
                MilestoneStatus.PENDING, MilestoneStatus.IN_PROGRESS, 0, 60, "Borrador del programa en revisión.",
                author[0], author[1], today.minusDays(20).atTime(16, 30).atZone(CHILE).toInstant()));
        design.progress(MilestoneStatus.IN_PROGRESS, 60, null, clock.instant(), author[0]);
        milestones.save(design);
        milestones.save(new Milestone(initiative.getId(), MILESTONES[2], today.plusDays(120), 1, clock.instant(),
                author[0]));
    }

    private void seedProgress(Milestone milestone, Initiative initiative, LocalDate due, LocalDate today,
                              Random random, String[] author) {
        boolean past = due.isBefore(today);
        MilestoneStatus status;
        int percent;
        if (past && random.nextInt(10) < 9) {
            status = MilestoneStatus.DONE;
            percent = 100;
        } else if (past) {
            status = random.nextInt(4) == 0 ? MilestoneStatus.BLOCKED : MilestoneStatus.IN_PROGRESS;
            percent = 20 + random.nextInt(60);
        } else if (due.isBefore(today.plusDays(60))) {
            status = MilestoneStatus.IN_PROGRESS;
            percent = random.nextInt(70);
        } else {
            status = MilestoneStatus.PENDING;
            percent = 0;
        }
        if (percent == 0 && status == MilestoneStatus.PENDING) {
            return;
        }
        int steps = 1 + random.nextInt(3);
        MilestoneStatus previousStatus = MilestoneStatus.PENDING;
        int previousPercent = 0;
        LocalDate last = status == MilestoneStatus.DONE ? due.minusDays(random.nextInt(10)) : today.minusDays(3);
        for (int s = 1; s <= steps; s++) {
            boolean final_ = s == steps;
            MilestoneStatus stepStatus = final_ ? status : MilestoneStatus.IN_PROGRESS;
            int stepPercent = final_ ? percent : Math.max(1, percent * s / (steps + 1));
            LocalDate date = last.minusDays((long) (steps - s) * 20);
            updates.save(new ProgressUpdate(milestone.getId(), initiative.getId(), date, previousStatus, stepStatus,
                    previousPercent, stepPercent, COMMENTS[random.nextInt(COMMENTS.length)], author[0], author[1],
                    date.atTime(10 + s, 15).atZone(CHILE).toInstant()));
            previousStatus = stepStatus;
            previousPercent = stepPercent;
        }
        milestone.progress(status, percent, status == MilestoneStatus.DONE ? last : null, clock.instant(), author[0]);
        milestones.save(milestone);
    }

    private long program(String code, String name, Long manager, ProgramStatus status, long budget,
                         List<ProgramDraft.Funding> funding) {
        LocalDate today = LocalDate.now(clock);
        return programService.create(new ProgramDraft(code, name, null, today.minusYears(2).withDayOfYear(1),
                today.plusYears(2).withDayOfYear(1), status, budget, manager == null ? Set.of() : Set.of(manager),
                Set.of(), new ArrayList<>(funding)));
    }

    private static Long managerId(List<UserOption> managers, String username) {
        return managers.stream().filter(user -> user.username().equals(username)).map(UserOption::id).findFirst()
                .orElse(null);
    }
}
