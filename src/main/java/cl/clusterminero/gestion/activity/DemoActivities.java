package cl.clusterminero.gestion.activity;

import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.shared.demo.DemoSeed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plausible year of the cluster's activities for the demo members: supplier workshops, a site visit, training,
 * working groups, two business rounds with meetings and outcomes (a signed contract among them), coming activities
 * open for registration, and a challenge call with applications and a shortlist. People are the demo contacts.
 */
@Component
@Profile("demo")
class DemoActivities implements DemoSeed {

    private final ActivityRepository activities;
    private final ParticipationRepository participations;
    private final BusinessMeetingRepository meetings;
    private final ChallengeRepository challenges;
    private final ChallengeApplicationRepository applications;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoActivities(ActivityRepository activities, ParticipationRepository participations,
                   BusinessMeetingRepository meetings, ChallengeRepository challenges,
                   ChallengeApplicationRepository applications, JdbcTemplate jdbc, Clock clock) {
        this.activities = activities;
        this.participations = participations;
        this.meetings = meetings;
        this.challenges = challenges;
        this.applications = applications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional
    public void seed() {
        if (activities.count() > 0) {
            return;
        }
        SystemAuthentication.runAsSystem(this::seedAsSystem);
    }

    private void seedAsSystem() {
        List<Long> mining = ids("select id from member where member_type = 'MINING_COMPANY' order by id limit 4");
        List<Long> suppliers = ids("select id from member where member_type = 'SUPPLIER' order by id limit 8");
        List<Map<String, Object>> contacts = jdbc.queryForList("""
                select c.id, c.member_id from contact c join member m on m.id = c.member_id
                where m.status = 'ACTIVE' order by c.id limit 40
                """);
        Long secretaria = userId("secretaria");
        Long gestor = userId("gestor");
        Long pdp = jdbc.queryForList("select id from program where code = 'PDP'", Long.class).stream().findFirst()
                .orElse(null);
        if (mining.size() < 2 || suppliers.size() < 4 || contacts.isEmpty() || secretaria == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Long organiserPdp = pdp == null ? secretaria : gestor;

        long w1 = activity(ActivityKind.WORKSHOP, "Taller de proveedores: cómo postular a licitaciones de mandantes",
                today.minusMonths(10).atTime(9, 30), "Sede de la Corporación, Antofagasta", null, pdp, organiserPdp,
                40, ActivityStatus.HELD);
        register(w1, contacts, 0, 12, true);
        long visit = activity(ActivityKind.SITE_VISIT, "Visita a faena: planta concentradora",
                today.minusMonths(8).atTime(8, 0), "Faena Sierra Gorda", null, pdp, organiserPdp, 15,
                ActivityStatus.HELD);
        register(visit, contacts, 5, 10, true);
        long round1 = activity(ActivityKind.BUSINESS_ROUND, "Rueda de negocios minería–proveedores, primer semestre",
                today.minusMonths(7).atTime(9, 0), "Hotel en Antofagasta", null, pdp, organiserPdp, 60,
                ActivityStatus.HELD);
        register(round1, contacts, 0, 20, true);
        meetingsOf(round1, mining, suppliers, new MeetingOutcome[] {MeetingOutcome.CONTRACT,
                MeetingOutcome.QUOTATION, MeetingOutcome.FOLLOW_UP, MeetingOutcome.NO_FOLLOW_UP,
                MeetingOutcome.FOLLOW_UP, MeetingOutcome.QUOTATION}, 38_500_000L);
        long training = activity(ActivityKind.TRAINING, "Capacitación en seguridad para contratistas",
                today.minusMonths(5).atTime(15, 0), null, "https://meet.example.cl/capacitacion-seguridad", null,
                secretaria, 80, ActivityStatus.HELD);
        register(training, contacts, 10, 18, true);
        long group = activity(ActivityKind.WORKING_GROUP, "Mesa de trabajo de compras locales",
                today.minusMonths(3).atTime(10, 0), "Sede de la Corporación, Antofagasta", null, null, secretaria, 20,
                ActivityStatus.HELD);
        register(group, contacts, 2, 8, true);
        long round2 = activity(ActivityKind.BUSINESS_ROUND, "Rueda de negocios minería–proveedores, segundo semestre",
                today.minusMonths(1).atTime(9, 0), "Centro de convenciones, Calama", null, pdp, organiserPdp, 60,
                ActivityStatus.HELD);
        register(round2, contacts, 8, 20, true);
        meetingsOf(round2, mining, suppliers, new MeetingOutcome[] {MeetingOutcome.FOLLOW_UP,
                MeetingOutcome.CONTRACT, MeetingOutcome.NO_FOLLOW_UP, MeetingOutcome.QUOTATION}, 12_750_000L);
        activity(ActivityKind.WORKSHOP, "Seminario de hidrógeno verde en la minería", today.minusMonths(2).atTime(9, 0),
                "Universidad en Antofagasta", null, null, secretaria, 100, ActivityStatus.CANCELLED);
        long call = activity(ActivityKind.CHALLENGE_CALL, "Convocatoria de desafíos de innovación abierta",
                today.minusDays(20).atTime(11, 0), null, "https://meet.example.cl/desafios", pdp, organiserPdp, 100,
                ActivityStatus.HELD);
        register(call, contacts, 12, 10, true);
        long next = activity(ActivityKind.WORKSHOP, "Taller de proveedores: economía circular en faenas",
                today.plusDays(9).atTime(9, 30), "Sede de la Corporación, Antofagasta", null, pdp, organiserPdp, 35,
                ActivityStatus.OPEN);
        register(next, contacts, 3, 6, false);
        activity(ActivityKind.TRAINING, "Capacitación: reportes de compras locales", today.plusDays(23).atTime(15, 0),
                null, "https://meet.example.cl/reportes", null, secretaria, 50, ActivityStatus.PLANNED);

        Instant now = clock.instant();
        Challenge open = challenges.save(new Challenge(new ChallengeDraft(mining.get(0),
                "Detección temprana de desgaste en correas transportadoras",
                "Las detenciones no programadas por rotura de correas cuestan horas de producción; se busca un "
                        + "sistema que anticipe el desgaste con datos de la operación.", "Planta concentradora",
                today.plusDays(25)), now, "secretaria"));
        applications.save(new ChallengeApplication(open.getId(), suppliers.get(0),
                "Sensores acústicos y térmicos con alertas en la sala de control.", now, "secretaria"));
        applications.save(new ChallengeApplication(open.getId(), suppliers.get(1),
                "Visión artificial sobre las correas con cámaras existentes.", now, "secretaria"));
        Challenge shortlisted = challenges.save(new Challenge(new ChallengeDraft(mining.get(1),
                "Reutilización de agua de proceso en faenas de altura",
                "Reducir el consumo de agua fresca por tonelada procesada con soluciones de proveedores regionales.",
                "Operación Calama", today.plusDays(5)), now, "secretaria"));
        ChallengeApplication first = applications.save(new ChallengeApplication(shortlisted.getId(),
                suppliers.get(2), "Planta modular de tratamiento con operación local.", now, "secretaria"));
        applications.save(new ChallengeApplication(shortlisted.getId(), suppliers.get(3),
                "Monitoreo en línea de la calidad del agua recuperada.", now, "secretaria"));
        first.setShortlisted(true);
        shortlisted.moveTo(ChallengeStatus.SHORTLISTED, null, now, "secretaria");
    }

    private long activity(ActivityKind kind, String title, LocalDateTime start, String place, String link,
                          Long programId, Long organiserId, int capacity, ActivityStatus status) {
        Activity activity = new Activity(clock.instant());
        activity.apply(new ActivityDraft(kind, title, start, start.plusHours(3), place, link, null, programId, null,
                organiserId, capacity, status), clock.instant(), SystemAuthentication.USERNAME);
        return activities.save(activity).getId();
    }

    /** Registers {@code count} contacts from {@code from}; for held activities most attended, some excused or absent. */
    private void register(long activityId, List<Map<String, Object>> contacts, int from, int count, boolean held) {
        for (int i = 0; i < count && from + i < contacts.size(); i++) {
            Map<String, Object> contact = contacts.get(from + i);
            Participation participation = new Participation(activityId, ((Number) contact.get("member_id"))
                    .longValue(), ((Number) contact.get("id")).longValue(), clock.instant(), "secretaria");
            if (held) {
                participation.setAttendance(i % 7 == 3 ? Attendance.ABSENT : i % 5 == 4 ? Attendance.EXCUSED
                        : Attendance.ATTENDED);
            }
            participations.save(participation);
        }
    }

    private void meetingsOf(long roundId, List<Long> mining, List<Long> suppliers, MeetingOutcome[] outcomes,
                            long contractAmount) {
        for (int i = 0; i < outcomes.length; i++) {
            LocalTime slot = LocalTime.of(9, 0).plusMinutes(30L * (i / 2));
            BusinessMeeting meeting = new BusinessMeeting(roundId, new BusinessMeetingDraft(mining.get(i % 2),
                    suppliers.get(i % suppliers.size()), i % 2 + 1, slot), clock.instant(), "secretaria");
            meeting.recordOutcome(outcomes[i], outcomes[i] == MeetingOutcome.CONTRACT ? contractAmount : null,
                    null, clock.instant(), "secretaria");
            meetings.save(meeting);
        }
    }

    private List<Long> ids(String sql) {
        return jdbc.queryForList(sql, Long.class);
    }

    private Long userId(String username) {
        return jdbc.queryForList("select id from app_user where username = ?", Long.class, username).stream()
                .findFirst().orElse(null);
    }
}
