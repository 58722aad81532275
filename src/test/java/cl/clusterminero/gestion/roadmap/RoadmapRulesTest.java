package cl.clusterminero.gestion.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.member.Commune;
import cl.clusterminero.gestion.member.MemberDraft;
import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.MembershipStatus;
import cl.clusterminero.gestion.member.Rut;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Roll-up, health, progress history and who may change what, against MariaDB. */
@IntegrationTest
class RoadmapRulesTest {

    @Autowired RoadmapService roadmapService;
    @Autowired MilestoneService milestoneService;
    @Autowired RoadmapRepository roadmaps;
    @Autowired StrategicAxisRepository axes;
    @Autowired InitiativeRepository initiatives;
    @Autowired MilestoneRepository milestones;
    @Autowired ProgramService programService;
    @Autowired MemberService memberService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    RoadmapFixture fixture;

    @BeforeEach
    void freshRoadmap() {
        fixture = new RoadmapFixture(roadmaps, axes, initiatives, milestones, programService, jdbc, clock);
        fixture.reset();
    }

    @Test
    @WithAppUser(Role.BOARD)
    void progress_is_the_weighted_average_of_milestones_and_health_follows_the_documented_rule() {
        LocalDate today = fixture.today();
        long weighted = fixture.initiative("W", fixture.programA);
        fixture.milestone(weighted, today.plusDays(60), 1, MilestoneStatus.DONE, 100);
        fixture.milestone(weighted, today.plusDays(90), 3, MilestoneStatus.IN_PROGRESS, 50);
        long empty = fixture.initiative("E", fixture.programA);
        long allDone = fixture.initiative("D", fixture.programA);
        fixture.milestone(allDone, today.minusDays(30), 2, MilestoneStatus.DONE, 100);
        fixture.milestone(allDone, today.minusDays(10), 1, MilestoneStatus.DONE, 100);
        long overdue = fixture.initiative("O", fixture.programA);
        fixture.milestone(overdue, today.minusDays(1), 1, MilestoneStatus.IN_PROGRESS, 90);
        long soon = fixture.initiative("S", fixture.programA);
        fixture.milestone(soon, today.plusDays(10), 1, MilestoneStatus.IN_PROGRESS, 40);
        long soonButAdvanced = fixture.initiative("SA", fixture.programA);
        fixture.milestone(soonButAdvanced, today.plusDays(10), 1, MilestoneStatus.IN_PROGRESS, 60);
        long blocked = fixture.initiative("B", fixture.programA);
        fixture.milestone(blocked, today.plusDays(100), 1, MilestoneStatus.BLOCKED, 10);

        assertThat(roadmapService.initiative(weighted)).satisfies(d -> {
            assertThat(d.progress()).isEqualTo(63); // (1×100 + 3×50) / 4 = 62.5
            assertThat(d.health()).isEqualTo(Health.ON_TRACK);
        });
        assertThat(roadmapService.initiative(empty).progress()).isZero();
        assertThat(roadmapService.initiative(empty).health()).isEqualTo(Health.ON_TRACK);
        assertThat(roadmapService.initiative(allDone).progress()).isEqualTo(100);
        assertThat(roadmapService.initiative(overdue).health()).isEqualTo(Health.DELAYED);
        assertThat(roadmapService.initiative(soon).health()).isEqualTo(Health.AT_RISK);
        assertThat(roadmapService.initiative(soonButAdvanced).health()).isEqualTo(Health.ON_TRACK);
        assertThat(roadmapService.initiative(blocked).health()).isEqualTo(Health.AT_RISK);

        AxisProgress axis = roadmapService.axisProgress(fixture.roadmapId).getFirst();
        assertThat(axis.initiatives()).isEqualTo(7);
        // (63 + 0 + 100 + 90 + 40 + 60 + 10) / 7 = 51.86
        assertThat(axis.progress()).isEqualTo(52);
        assertThat(axis.delayed()).isEqualTo(1);
        assertThat(axis.atRisk()).isEqualTo(2);

        InitiativeFilter delayedOnly = new InitiativeFilter(fixture.roadmapId, null, null, null, Health.DELAYED, null);
        assertThat(roadmapService.initiatives(delayedOnly, PageRequest.of(0, 10))).extracting(InitiativeRow::id)
                .containsExactly(overdue);
        assertThat(roadmapService.initiatives(InitiativeFilter.of(fixture.roadmapId),
                PageRequest.of(0, 3, Sort.by(Sort.Direction.DESC, "progress"))))
                .extracting(InitiativeRow::progress).containsExactly(100, 90, 63);
    }

    @Test
    @WithAppUser(Role.BOARD)
    void a_page_of_the_roadmap_is_one_sql_statement_whatever_the_number_of_milestones() {
        for (int i = 0; i < 20; i++) {
            long id = fixture.initiative("Q" + i, fixture.programA);
            for (int m = 0; m < 5; m++) {
                fixture.milestone(id, fixture.today().plusDays(m * 10L), 1, MilestoneStatus.PENDING, 0);
            }
        }
        long before = selects();
        assertThat(roadmapService.initiatives(InitiativeFilter.of(fixture.roadmapId), PageRequest.of(0, 50)))
                .hasSize(20);
        assertThat(selects() - before).isEqualTo(1);
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a", fullName = "Gestora A")
    void a_manager_records_progress_on_her_program_and_it_is_kept_as_signed_history() {
        long initiative = fixture.initiative("P", fixture.programA);
        long milestone = fixture.milestone(initiative, fixture.today().plusDays(20), 1, MilestoneStatus.PENDING, 0);

        milestoneService.recordProgress(milestone, version(initiative), new ProgressDraft(MilestoneStatus.IN_PROGRESS,
                40, null, "Comenzó el levantamiento de información"));
        milestoneService.recordProgress(milestone, version(initiative), new ProgressDraft(MilestoneStatus.DONE, null,
                fixture.today(), "Informe entregado"));

        assertThat(roadmapService.timeline(initiative)).extracting(ProgressEntry::newStatus, ProgressEntry::newPercent,
                        ProgressEntry::authorName)
                .containsExactly(Tuple.tuple(MilestoneStatus.DONE, 100, "Gestora A"),
                        Tuple.tuple(MilestoneStatus.IN_PROGRESS, 40, "Gestora A"));
        assertThat(roadmapService.initiative(initiative).progress()).isEqualTo(100);
        assertThat(roadmapService.initiative(initiative).editable()).isTrue();
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.b", fullName = "Gestor B")
    void a_manager_of_another_program_is_refused_even_by_id_and_nothing_is_written() {
        long initiative = fixture.initiative("X", fixture.programA);
        long milestone = fixture.milestone(initiative, fixture.today().plusDays(20), 1, MilestoneStatus.PENDING, 0);

        assertThatThrownBy(() -> milestoneService.recordProgress(milestone, version(initiative),
                new ProgressDraft(MilestoneStatus.DONE, null, fixture.today(), "No es mío")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> milestoneService.addMilestone(initiative,
                new MilestoneDraft("Intruso", fixture.today(), 1, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> milestoneService.updatePlan(milestone, version(initiative),
                new MilestoneDraft("Intruso", fixture.today(), 5, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roadmapService.carryOver(initiative, fixture.roadmapId, fixture.axisId))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roadmapService.updateInitiative(initiative, 0,
                roadmapService.initiative(initiative).data())).isInstanceOf(AccessDeniedException.class);
        assertThat(roadmapService.timeline(initiative)).isEmpty();
        assertThat(roadmapService.initiative(initiative).editable()).isFalse();
        assertThat(milestoneService.myMilestones()).extracting(MyMilestoneRow::id).doesNotContain(milestone);
    }

    @Test
    @WithAppUser({Role.BOARD, Role.SECRETARIAT})
    void board_and_secretariat_cannot_change_milestones() {
        long initiative = fixture.initiative("N", fixture.programA);
        long milestone = fixture.milestone(initiative, fixture.today().plusDays(20), 1, MilestoneStatus.PENDING, 0);
        assertThatThrownBy(() -> milestoneService.recordProgress(milestone, 0,
                new ProgressDraft(MilestoneStatus.DONE, null, fixture.today(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> milestoneService.myMilestones()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a", fullName = "Gestora A")
    void bad_progress_is_refused_field_by_field_and_a_stale_version_overwrites_nothing() {
        long initiative = fixture.initiative("V", fixture.programA);
        long milestone = fixture.milestone(initiative, fixture.today().plusDays(5), 1, MilestoneStatus.PENDING, 0);
        long version = version(initiative);

        assertThatThrownBy(() -> milestoneService.recordProgress(milestone, version,
                new ProgressDraft(MilestoneStatus.IN_PROGRESS, 101, null, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key)
                        .containsExactlyInAnyOrder("milestone.percent.range", "progress.comment.required"));
        assertThatThrownBy(() -> milestoneService.recordProgress(milestone, version,
                new ProgressDraft(MilestoneStatus.DONE, null, null, "Listo")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key).containsExactly("milestone.completed-date.required"));

        milestoneService.recordProgress(milestone, version, new ProgressDraft(MilestoneStatus.IN_PROGRESS, 30, null,
                "Primer avance"));
        assertThatThrownBy(() -> milestoneService.recordProgress(milestone, version,
                new ProgressDraft(MilestoneStatus.IN_PROGRESS, 80, null, "Desde una pantalla vieja")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(roadmapService.milestones(initiative).getFirst().percent()).isEqualTo(30);
        assertThat(milestoneService.myMilestones()).extracting(MyMilestoneRow::id).contains(milestone);
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a", fullName = "Gestora A")
    void an_initiative_is_carried_over_to_the_next_roadmap_as_a_linked_proposal() {
        long original = fixture.initiative("CO", fixture.programA);
        Roadmap next = roadmaps.save(new Roadmap("N" + System.nanoTime() % 100000000, "Siguiente", null, 2026, 2030,
                false));
        long nextAxis = axes.save(new StrategicAxis(next.getId(), "N1", "Eje nuevo", null, 1)).getId();

        long copy = roadmapService.carryOver(original, next.getId(), nextAxis);

        InitiativeDetails carried = roadmapService.initiative(copy);
        assertThat(carried.carriedFromId()).isEqualTo(original);
        assertThat(carried.data().code()).isEqualTo("CO");
        assertThat(carried.data().status()).isEqualTo(InitiativeStatus.PROPOSED);
        assertThat(carried.axisName()).isEqualTo("Eje nuevo");
        assertThat(roadmapService.initiative(original).data().status()).isEqualTo(InitiativeStatus.IN_PROGRESS);
        assertThatThrownBy(() -> roadmapService.carryOver(original, next.getId(), nextAxis))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key).containsExactly("initiative.code.duplicate"));
    }

    @Test
    @WithAppUser(Role.ADMIN)
    void admin_keeps_roadmaps_and_axes_as_data_and_chooses_the_current_one() {
        String code = "R" + System.nanoTime() % 100000000;
        long id = roadmapService.createRoadmap(new RoadmapDraft(code, "Hoja de Ruta 2030", null, 2026, 2030));
        long axis = roadmapService.saveAxis(id, null, 0, "CT", "Ciencia y tecnología", null, 1);
        assertThatThrownBy(() -> roadmapService.saveAxis(id, null, 0, "CT", "Repetido", null, 2))
                .isInstanceOf(InvalidInputException.class);
        roadmapService.saveAxis(id, axis, roadmapService.axisRows(id).getFirst().version(), "CT",
                "Ciencia, tecnología e innovación", null, 1);
        assertThatThrownBy(() -> roadmapService.saveAxis(id, axis, 0, "CT", "Desde pantalla vieja", null, 1))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(roadmapService.axisRows(id)).extracting(AxisRow::name)
                .containsExactly("Ciencia, tecnología e innovación");
        assertThatThrownBy(() -> roadmapService.createRoadmap(new RoadmapDraft(code, "Otra", null, 2030, 2026)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key)
                        .containsExactlyInAnyOrder("roadmap.code.duplicate", "validation.end-before-start"));

        Long previous = roadmapService.roadmaps().stream().filter(RoadmapOption::current).map(RoadmapOption::id)
                .findFirst().orElse(null);
        roadmapService.makeCurrent(id);
        assertThat(roadmapService.roadmaps().stream().filter(RoadmapOption::current).map(RoadmapOption::id))
                .containsExactly(id);
        if (previous != null) {
            roadmapService.makeCurrent(previous);
        }
    }

    @Test
    @WithAppUser({Role.BOARD, Role.SECRETARIAT, Role.PROGRAM_MANAGER})
    void only_the_admin_changes_the_strategy() {
        assertThatThrownBy(() -> roadmapService.createRoadmap(new RoadmapDraft("X", "X", null, 2026, 2030)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roadmapService.saveAxis(fixture.roadmapId, null, 0, "X", "X", null, 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roadmapService.makeCurrent(fixture.roadmapId))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a", fullName = "Gestora A")
    void changing_a_milestones_weight_moves_the_initiatives_progress_and_a_zero_weight_is_refused() {
        long initiative = fixture.initiative("PL", fixture.programA);
        fixture.milestone(initiative, fixture.today().plusDays(40), 1, MilestoneStatus.DONE, 100);
        long second = fixture.milestone(initiative, fixture.today().plusDays(80), 1, MilestoneStatus.PENDING, 0);
        assertThat(roadmapService.initiative(initiative).progress()).isEqualTo(50);
        MilestoneRow row = roadmapService.milestones(initiative).get(1);

        assertThatThrownBy(() -> milestoneService.updatePlan(second, row.version(),
                new MilestoneDraft(row.title(), row.dueDate(), 0, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key).containsExactly("milestone.weight.positive"));
        milestoneService.updatePlan(second, row.version(), new MilestoneDraft(row.title(), row.dueDate(), 3, null));

        assertThat(roadmapService.initiative(initiative).progress()).isEqualTo(25);
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a", fullName = "Gestora A")
    void a_manager_names_the_lead_and_partner_members_and_the_lead_is_not_also_a_partner() {
        long initiative = fixture.initiative("MB", fixture.programA);
        List<Long> memberIds = SystemAuthentication.callAsSystem(() ->
                IntStream.range(0, 3).mapToObj(i -> memberService.create(member("Socio " + i)))
                        .toList());

        roadmapService.setMembers(initiative, memberIds.get(0), Set.copyOf(memberIds));

        InitiativeMembers members = roadmapService.members(initiative);
        assertThat(members.lead().id()).isEqualTo(memberIds.get(0));
        assertThat(members.partners()).extracting(MemberOption::id)
                .containsExactlyInAnyOrder(memberIds.get(1), memberIds.get(2));
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.b", fullName = "Gestor B")
    void another_manager_cannot_name_the_members_of_an_initiative() {
        long initiative = fixture.initiative("MX", fixture.programA);
        assertThatThrownBy(() -> roadmapService.setMembers(initiative, null, Set.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static MemberDraft member(String name) {
        var draft = new MemberDraft();
        int number = ThreadLocalRandom.current().nextInt(20_000_000, 29_000_000);
        draft.setRut(new Rut(number,
                Rut.checkDigitOf(number)).formatted());
        draft.setLegalName(name + " " + number);
        draft.setType(MemberType.SUPPLIER);
        draft.setCommune(Commune.CALAMA);
        draft.setStatus(MembershipStatus.PROSPECT);
        return draft;
    }

    private long version(long initiative) {
        return roadmapService.milestones(initiative).getFirst().version();
    }

    private long selects() {
        return Long.parseLong(jdbc.queryForList("show global status like 'Com_select'").getFirst().get("Value")
                .toString());
    }
}
