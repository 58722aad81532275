package cl.clusterminero.gestion.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.activity.ActivityDraft;
import cl.clusterminero.gestion.activity.ActivityKind;
import cl.clusterminero.gestion.activity.ActivityService;
import cl.clusterminero.gestion.activity.ActivityStatus;
import cl.clusterminero.gestion.board.BoardMeetingService;
import cl.clusterminero.gestion.board.MeetingDraft;
import cl.clusterminero.gestion.board.MeetingKind;
import cl.clusterminero.gestion.member.Commune;
import cl.clusterminero.gestion.member.MemberDraft;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.MembershipStatus;
import cl.clusterminero.gestion.member.Rut;
import cl.clusterminero.gestion.program.ProgramDraft;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.program.ProgramStatus;
import cl.clusterminero.gestion.roadmap.RoadmapFixture;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.TestLogin;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import cl.clusterminero.gestion.shared.search.SearchGroup;
import cl.clusterminero.gestion.shared.search.SearchHit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class GlobalSearchServiceTest {

    @Autowired GlobalSearchService search;
    @Autowired MemberService members;
    @Autowired BoardMeetingService meetings;
    @Autowired UserService users;
    @Autowired ProgramService programs;
    @Autowired ActivityService activities;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    /** A made-up word in one member, initiative, program, meeting and activity created for each test. */
    String tag;
    long memberId;
    long initiativeId;
    long meetingId;
    long programId;
    long activityId;

    @BeforeEach
    void data() {
        tag = "Qv" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        RoadmapFixture fixture = RoadmapFixture.create(context);
        initiativeId = fixture.initiative("I" + tag, fixture.programA);
        programId = TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> programs.create(new ProgramDraft("P" + tag,
                "Programa de proveedores " + tag, null, null, null, ProgramStatus.ACTIVE, 0, Set.of(), Set.of(),
                List.of())));
        MemberDraft draft = new MemberDraft();
        draft.setRut(freshRut());
        draft.setLegalName("Compañía Minera " + tag);
        draft.setType(MemberType.MINING_COMPANY);
        draft.setCommune(Commune.CALAMA);
        draft.setStatus(MembershipStatus.ACTIVE);
        draft.setJoinDate(LocalDate.of(2022, 1, 10));
        memberId = TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> members.create(draft));
        meetingId = TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> meetings.createMeeting(new MeetingDraft(
                LocalDate.now(clock).plusDays(3), MeetingKind.EXTRAORDINARY, "Sala " + tag + " de Calama",
                null, Set.of())));
        LocalDateTime start = LocalDateTime.now(clock).plusDays(5).withHour(10).withMinute(0)
                .withSecond(0).withNano(0);
        long organiser = jdbc.queryForObject("select id from app_user where username = 'sec.a'", Long.class);
        activityId = TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT, () -> activities.create(new ActivityDraft(
                ActivityKind.SITE_VISIT, "Visita a faena " + tag, start, start.plusHours(4),
                "Faena Zaldívar, Antofagasta", null, null, null, null, organiser, 20, ActivityStatus.OPEN)));
    }

    @Test
    @WithAppUser(value = Role.BOARD, username = "board.a")
    void finds_a_word_in_members_initiatives_programs_meetings_and_activities_grouped_in_that_order() {
        List<SearchGroup> groups = search.search(tag.toLowerCase(), TranslationProvider.SPANISH_CHILE);

        assertThat(groups).extracting(SearchGroup::headingKey).containsExactly("search.group.members",
                "search.group.initiatives", "search.group.programs", "search.group.meetings",
                "search.group.activities");
        assertThat(hits(groups, "search.group.members")).extracting(SearchHit::location)
                .containsExactly("socios/" + memberId);
        assertThat(hits(groups, "search.group.initiatives")).extracting(SearchHit::location)
                .containsExactly("iniciativas/" + initiativeId);
        assertThat(hits(groups, "search.group.programs")).extracting(SearchHit::location)
                .containsExactly("programas/" + programId);
        assertThat(hits(groups, "search.group.meetings")).extracting(SearchHit::location)
                .containsExactly("directorio/sesiones/" + meetingId);
        assertThat(hits(groups, "search.group.meetings").getFirst().title()).isEqualTo("Sesión Extraordinaria · "
                + DisplayFormats.date(LocalDate.now(clock).plusDays(3)));
        assertThat(hits(groups, "search.group.activities")).extracting(SearchHit::location)
                .containsExactly("actividades/" + activityId);
        assertThat(hits(groups, "search.group.activities").getFirst().detail()).startsWith("Visita a faena · ");
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a")
    void words_match_whatever_their_accents_and_case_and_all_must_be_there() {
        assertThat(hits(search.search("COMPANIA " + tag, TranslationProvider.SPANISH_CHILE),
                "search.group.members")).extracting(SearchHit::location).containsExactly("socios/" + memberId);
        assertThat(hits(search.search("calamá " + tag, TranslationProvider.SPANISH_CHILE),
                "search.group.meetings")).extracting(SearchHit::location)
                .containsExactly("directorio/sesiones/" + meetingId);
        assertThat(hits(search.search("zaldivar " + tag, TranslationProvider.SPANISH_CHILE),
                "search.group.activities")).as("a word of the place, without its accent")
                .extracting(SearchHit::location).containsExactly("actividades/" + activityId);
        assertThat(search.search(tag + " Iquique", TranslationProvider.SPANISH_CHILE)).isEmpty();
        assertThat(search.search("   ", TranslationProvider.SPANISH_CHILE)).isEmpty();
    }

    @Test
    @WithAppUser(value = Role.ADMIN, username = "admin.search")
    void only_the_admin_finds_users() {
        assertThat(search.search("Consejera A", TranslationProvider.SPANISH_CHILE))
                .extracting(SearchGroup::headingKey).contains("search.group.users");
        List<SearchGroup> asBoard = TestLogin.as(jdbc, "board.b", Role.BOARD,
                () -> search.search("Consejera A", TranslationProvider.SPANISH_CHILE));
        assertThat(asBoard).extracting(SearchGroup::headingKey).doesNotContain("search.group.users");
        assertThatThrownBy(() -> TestLogin.as(jdbc, "board.b", Role.BOARD,
                () -> users.list("Consejera A", PageRequest.of(0, 5))))
                .as("the users group is left out because UserService refuses the board")
                .isInstanceOf(AccessDeniedException.class);
    }

    private static List<SearchHit> hits(List<SearchGroup> groups, String key) {
        return groups.stream().filter(group -> group.headingKey().equals(key)).findFirst()
                .map(SearchGroup::hits).orElse(List.of());
    }

    private static String freshRut() {
        int number = ThreadLocalRandom.current().nextInt(30_000_000, 60_000_000);
        return new Rut(number, Rut.checkDigitOf(number)).formatted();
    }
}
