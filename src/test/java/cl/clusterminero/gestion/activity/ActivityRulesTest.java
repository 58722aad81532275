package cl.clusterminero.gestion.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.TestLogin;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.validation.FieldProblem;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Activities, registrations, attendance and business rounds: who may do what, and what is refused, on MariaDB. */
@IntegrationTest
class ActivityRulesTest {

    @Autowired ActivityService activityService;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    ActivityFixture fixture;

    @BeforeEach
    void data() {
        fixture = new ActivityFixture(context);
    }

    private int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static FieldProblem problemOf(Throwable e) {
        return ((InvalidInputException) e).problems().getFirst();
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void the_secretariat_creates_an_activity_without_a_program_and_it_appears_in_the_filtered_grid() {
        long id = activityService.create(fixture.draft(ActivityKind.WORKSHOP, null, 25, ActivityStatus.OPEN));

        ActivityDetails details = activityService.activity(id);
        assertThat(details.mayEdit()).isTrue();
        assertThat(details.organiserName()).isEqualTo("Secretaria A");
        LocalDate day = details.data().startsAt().toLocalDate();
        ActivityFilter filter = new ActivityFilter(ActivityKind.WORKSHOP, day, day, null, ActivityStatus.OPEN, false);
        assertThat(activityService.activities(filter, Pageable.ofSize(50))).extracting(ActivityRow::id).contains(id);
        assertThat(activityService.activities(new ActivityFilter(ActivityKind.TRAINING, day, day, null, null, false),
                Pageable.ofSize(50))).extracting(ActivityRow::id).doesNotContain(id);
        assertThat(activityService.count(filter)).isPositive();
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void a_capacity_of_minus_one_is_refused_next_to_the_field_and_nothing_is_written() {
        int before = rows("activity");
        assertThatThrownBy(() -> activityService.create(fixture.draft(ActivityKind.WORKSHOP, null, -1,
                ActivityStatus.PLANNED))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::key)
                        .containsExactly(Tuple.tuple("capacity", "activity.capacity.range")));
        assertThat(rows("activity")).isEqualTo(before);
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void an_online_link_must_be_a_web_address_and_the_end_not_before_the_start() {
        ActivityDraft base = fixture.draft(ActivityKind.WORKSHOP, null, 10, ActivityStatus.PLANNED);
        ActivityDraft wrong = new ActivityDraft(base.kind(), base.title(), base.startsAt(), base.startsAt().minusHours(1),
                null, "javascript:alert(1)", null, null, null, base.organiserId(), 10, base.status());
        assertThatThrownBy(() -> activityService.create(wrong)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("endsAt", "onlineLink"));
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a", fullName = "Gestora A")
    void a_program_manager_edits_only_activities_of_the_programs_he_manages() {
        long own = activityService.create(fixture.draft(ActivityKind.TRAINING, fixture.roadmap.programA, 20,
                ActivityStatus.PLANNED));
        assertThat(activityService.activity(own).mayEdit()).isTrue();

        assertThatThrownBy(() -> activityService.create(fixture.draft(ActivityKind.TRAINING,
                fixture.roadmap.programB, 20, ActivityStatus.PLANNED)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(problemOf(e).key()).isEqualTo("activity.program.not-managed"));
        assertThatThrownBy(() -> activityService.create(fixture.draft(ActivityKind.TRAINING, null, 20,
                ActivityStatus.PLANNED))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(problemOf(e).key()).isEqualTo("activity.program.required-for-manager"));

        long others = fixture.activity(ActivityKind.TRAINING, fixture.roadmap.programB, 20, ActivityStatus.PLANNED);
        ActivityDetails theirs = activityService.activity(others);
        assertThat(theirs.mayEdit()).isFalse();
        assertThatThrownBy(() -> activityService.update(others, theirs.version(), theirs.data()))
                .isInstanceOf(AccessDeniedException.class);
        long contact = fixture.contact(fixture.member("Proveedora", "SUPPLIER"), "Ana Pérez");
        assertThatThrownBy(() -> activityService.register(others, jdbc.queryForObject(
                "select member_id from contact where id = ?", Long.class, contact), contact))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAppUser(value = Role.BOARD, username = "board.a", fullName = "Consejera A")
    void the_board_reads_every_activity_and_edits_none() {
        long id = fixture.activity(ActivityKind.WORKSHOP, null, 20, ActivityStatus.OPEN);
        ActivityDetails details = activityService.activity(id);
        assertThat(details.mayEdit()).isFalse();
        assertThat(activityService.mayCreate()).isFalse();
        assertThatThrownBy(() -> activityService.create(details.data())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activityService.update(id, details.version(), details.data()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.b", fullName = "Gestor B")
    void everyone_finds_the_activities_they_organise_with_the_only_mine_filter() {
        long mine = TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> {
            ActivityDraft base = fixture.draft(ActivityKind.SITE_VISIT, null, 15, ActivityStatus.PLANNED);
            return activityService.create(new ActivityDraft(base.kind(), base.title(), base.startsAt(),
                    base.endsAt(), base.place(), null, null, null, null, fixture.userId("pm.b"), 15, base.status()));
        });
        long notMine = fixture.activity(ActivityKind.SITE_VISIT, null, 15, ActivityStatus.PLANNED);
        ActivityFilter onlyMine = new ActivityFilter(null, null, null, null, null, true);
        assertThat(activityService.activities(onlyMine, Pageable.ofSize(500))).extracting(ActivityRow::id)
                .contains(mine).doesNotContain(notMine);
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void a_contact_registers_once_within_capacity_and_only_for_their_own_member() {
        long activity = fixture.activity(ActivityKind.WORKSHOP, null, 2, ActivityStatus.OPEN);
        long supplier = fixture.member("Maestranza Norte", "SUPPLIER");
        long other = fixture.member("Minera Sur", "MINING_COMPANY");
        long ana = fixture.contact(supplier, "Ana Rojas");
        long luis = fixture.contact(supplier, "Luis Araya");
        long carla = fixture.contact(supplier, "Carla Díaz");
        long pedro = fixture.contact(other, "Pedro Soto");

        activityService.register(activity, supplier, ana);
        assertThatThrownBy(() -> activityService.register(activity, supplier, ana))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(problemOf(e)).extracting(FieldProblem::field, FieldProblem::key)
                                .containsExactly("contact", "activity.contact.already"));
        assertThatThrownBy(() -> activityService.register(activity, supplier, pedro))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(problemOf(e).key()).isEqualTo("activity.contact.other-member"));
        activityService.register(activity, supplier, luis);
        assertThatThrownBy(() -> activityService.register(activity, supplier, carla))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(problemOf(e).key()).isEqualTo("activity.full"));

        assertThat(activityService.participants(activity)).extracting(ParticipantRow::contactId)
                .containsExactlyInAnyOrder(ana, luis);
        ActivityDetails details = activityService.activity(activity);
        assertThat(details.registered()).isEqualTo(2);
        ActivityDraft lower = new ActivityDraft(details.data().kind(), details.data().title(),
                details.data().startsAt(), details.data().endsAt(), details.data().place(), null, null, null, null,
                details.data().organiserId(), 1, details.data().status());
        assertThatThrownBy(() -> activityService.update(activity, details.version(), lower))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(problemOf(e).key()).isEqualTo("activity.capacity.below-registered"));
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void attendance_is_refused_before_the_activity_is_held_and_recorded_after() {
        long activity = fixture.activity(ActivityKind.WORKSHOP, null, 10, ActivityStatus.OPEN);
        long supplier = fixture.member("Servicios Andes", "SUPPLIER");
        long ana = fixture.contact(supplier, "Ana Rojas");
        long participation = activityService.register(activity, supplier, ana);

        assertThatThrownBy(() -> activityService.recordAttendance(participation, 0, Attendance.ATTENDED))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(problemOf(e)).extracting(FieldProblem::field, FieldProblem::key)
                                .containsExactly("attendance", "activity.attendance.not-held"));
        assertThat(activityService.participants(activity).getFirst().attendance()).isNull();

        ActivityDetails details = activityService.activity(activity);
        ActivityDraft held = new ActivityDraft(details.data().kind(), details.data().title(),
                details.data().startsAt(), details.data().endsAt(), details.data().place(), null, null, null, null,
                details.data().organiserId(), 10, ActivityStatus.HELD);
        activityService.update(activity, details.version(), held);
        activityService.recordAttendance(participation, 0, Attendance.ATTENDED);
        assertThat(activityService.participants(activity).getFirst().attendance()).isEqualTo(Attendance.ATTENDED);

        assertThatThrownBy(() -> activityService.recordAttendance(participation, 0, Attendance.ABSENT))
                .as("a second save from the same stale screen").isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void a_stale_activity_save_is_refused_and_overwrites_nothing() {
        long id = fixture.activity(ActivityKind.WORKSHOP, null, 10, ActivityStatus.PLANNED);
        ActivityDetails seen = activityService.activity(id);
        activityService.update(id, seen.version(), seen.data());
        ActivityDraft other = new ActivityDraft(seen.data().kind(), "Otro título", seen.data().startsAt(),
                seen.data().endsAt(), null, null, null, null, null, seen.data().organiserId(), 10,
                seen.data().status());
        assertThatThrownBy(() -> activityService.update(id, seen.version(), other))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(activityService.activity(id).data().title()).isEqualTo(seen.data().title());
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void a_business_round_books_a_table_a_mining_company_and_a_supplier_once_per_slot() {
        long round = fixture.activity(ActivityKind.BUSINESS_ROUND, null, 80, ActivityStatus.OPEN);
        long mining = fixture.member("Minera Escondida Test", "MINING_COMPANY");
        long mining2 = fixture.member("Minera Zaldívar Test", "MINING_COMPANY");
        long supplier = fixture.member("Proveedora Uno", "SUPPLIER");
        long supplier2 = fixture.member("Proveedora Dos", "SUPPLIER");
        LocalTime nine = LocalTime.of(9, 0);
        activityService.scheduleMeeting(round, new BusinessMeetingDraft(mining, supplier, 1, nine));
        int before = rows("business_meeting");

        assertThatThrownBy(() -> activityService.scheduleMeeting(round,
                new BusinessMeetingDraft(mining2, supplier2, 1, nine)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(problemOf(e)).extracting(FieldProblem::field, FieldProblem::key)
                                .containsExactly("table", "activity.meeting.table-taken"));
        assertThatThrownBy(() -> activityService.scheduleMeeting(round,
                new BusinessMeetingDraft(mining, supplier2, 2, nine)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(problemOf(e).field()).isEqualTo("miningCompany"));
        assertThatThrownBy(() -> activityService.scheduleMeeting(round,
                new BusinessMeetingDraft(mining2, supplier, 2, nine)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(problemOf(e).field()).isEqualTo("supplier"));
        assertThatThrownBy(() -> activityService.scheduleMeeting(round,
                new BusinessMeetingDraft(supplier, mining, 2, nine)))
                .as("sides swapped").isInstanceOf(InvalidInputException.class);
        assertThat(rows("business_meeting")).isEqualTo(before);

        activityService.scheduleMeeting(round, new BusinessMeetingDraft(mining2, supplier2, 2, nine));
        activityService.scheduleMeeting(round, new BusinessMeetingDraft(mining, supplier2, 1, LocalTime.of(9, 30)));
        assertThat(activityService.businessMeetings(round)).hasSize(3);

        long workshop = fixture.activity(ActivityKind.WORKSHOP, null, 10, ActivityStatus.OPEN);
        assertThatThrownBy(() -> activityService.scheduleMeeting(workshop,
                new BusinessMeetingDraft(mining, supplier, 1, nine)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(problemOf(e).key()).isEqualTo("activity.meeting.not-business-round"));
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void a_signed_contract_shows_for_both_the_mining_company_and_the_supplier() {
        long round = fixture.activity(ActivityKind.BUSINESS_ROUND, null, 80, ActivityStatus.HELD);
        long mining = fixture.member("Minera Centinela Test", "MINING_COMPANY");
        long supplier = fixture.member("Ingeniería Altiplano", "SUPPLIER");
        long meeting = activityService.scheduleMeeting(round, new BusinessMeetingDraft(mining, supplier, 3,
                LocalTime.of(10, 0)));

        assertThatThrownBy(() -> activityService.recordOutcome(meeting, 0, MeetingOutcome.FOLLOW_UP, 5_000_000L,
                null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(problemOf(e).field()).isEqualTo("amount"));
        activityService.recordOutcome(meeting, 0, MeetingOutcome.CONTRACT, 48_500_000L, "Mantención de correas");

        assertThat(activityService.contractsOf(mining)).singleElement().satisfies(contract -> {
            assertThat(contract.counterpartId()).isEqualTo(supplier);
            assertThat(contract.amount()).isEqualTo(48_500_000L);
        });
        assertThat(activityService.contractsOf(supplier)).singleElement()
                .extracting(SignedContract::counterpartId).isEqualTo(mining);
        MemberEngagement engagement = activityService.engagement(supplier);
        assertThat(engagement.meetings()).singleElement().extracting(MemberMeeting::outcome)
                .isEqualTo(MeetingOutcome.CONTRACT);
        assertThat(engagement.lastContact()).as("the round is ten days ahead: no contact yet").isNull();
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void the_calendar_file_is_an_icalendar_event_in_chile_time_with_the_title_escaped() {
        ActivityDraft base = fixture.draft(ActivityKind.WORKSHOP, null, 10, ActivityStatus.OPEN);
        long id = activityService.create(new ActivityDraft(base.kind(), "Taller; costos, y logística", base.startsAt(),
                base.endsAt(), base.place(), "https://meet.example.cl/taller", null, null, null, base.organiserId(),
                10, base.status()));
        String ics = new String(activityService.ics(id), StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "TZID:America/Santiago",
                "SUMMARY:Taller\\; costos\\, y logística", "UID:actividad-" + id + "@",
                "DTSTART;TZID=America/Santiago:" + base.startsAt().toLocalDate().toString().replace("-", "") + "T093000");
    }
}
