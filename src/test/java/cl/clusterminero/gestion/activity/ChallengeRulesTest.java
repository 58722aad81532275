package cl.clusterminero.gestion.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.security.TestLogin;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.audit.AuditEntry;
import cl.clusterminero.gestion.shared.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Mining challenges from publication to award: the order of states, who may move them, and what is refused. */
@IntegrationTest
class ChallengeRulesTest {

    @Autowired ChallengeService challengeService;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    ActivityFixture fixture;
    long mining;

    @BeforeEach
    void data() {
        fixture = new ActivityFixture(context);
        mining = fixture.member("Minera Desafío", "MINING_COMPANY");
    }

    private ChallengeDraft draft(LocalDate deadline) {
        return new ChallengeDraft(mining, "Monitoreo de correas " + fixture.tag,
                "Detectar desgaste de correas transportadoras antes de una detención.", "Faena Sierra Gorda",
                deadline);
    }

    private static String keyOf(Throwable e) {
        return ((InvalidInputException) e).problems().getFirst().key();
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a", fullName = "Secretaria A")
    void a_challenge_goes_from_published_to_shortlisted_to_pilot_each_change_dated_signed_and_audited() {
        long challenge = challengeService.publish(draft(LocalDate.now().plusDays(20)));
        long first = fixture.member("Sensores Norte", "SUPPLIER");
        long second = fixture.member("Datos Mineros", "SUPPLIER");
        long a = challengeService.apply(challenge, first, "Sensores acústicos con alerta temprana.");
        long b = challengeService.apply(challenge, second, "Visión artificial sobre las correas.");
        assertThatThrownBy(() -> challengeService.apply(challenge, first, "Otra vez"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(keyOf(e)).isEqualTo("challenge.apply.already"));
        assertThatThrownBy(() -> challengeService.apply(challenge, mining, "Una mandante no postula"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> challengeService.award(challenge, 0, a, false))
                .as("no award before the shortlist").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(keyOf(e)).isEqualTo("challenge.transition.invalid"));

        challengeService.shortlist(challenge, 0, Set.of(a));
        ChallengeDetails shortlisted = challengeService.challenge(challenge);
        assertThat(shortlisted.status()).isEqualTo(ChallengeStatus.SHORTLISTED);
        assertThat(shortlisted.statusChangedBy()).isEqualTo("sec.a");
        assertThatThrownBy(() -> challengeService.apply(challenge, fixture.member("Tarde", "SUPPLIER"), "Tarde"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(keyOf(e)).isEqualTo("challenge.apply.closed"));
        assertThatThrownBy(() -> challengeService.award(challenge, shortlisted.version(), b, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(keyOf(e)).isEqualTo("challenge.award.not-shortlisted"));

        challengeService.award(challenge, shortlisted.version(), a, true);
        ChallengeDetails pilot = challengeService.challenge(challenge);
        assertThat(pilot.status()).isEqualTo(ChallengeStatus.PILOT);
        assertThat(pilot.winnerApplicationId()).isEqualTo(a);
        assertThatThrownBy(() -> challengeService.closeWithoutAward(challenge, pilot.version()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(challengeService.appliedBy(first)).singleElement().satisfies(row -> {
            assertThat(row.won()).isTrue();
            assertThat(row.shortlisted()).isTrue();
        });
        assertThat(challengeService.appliedBy(second)).singleElement().extracting(SupplierChallenge::won)
                .isEqualTo(false);
        assertThat(challengeService.changes(challenge)).extracting(AuditEntry::table).contains("challenge");
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a", fullName = "Secretaria A")
    void a_past_deadline_is_refused_and_a_stale_state_change_overwrites_nothing() {
        assertThatThrownBy(() -> challengeService.publish(draft(LocalDate.now().minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(keyOf(e)).isEqualTo("challenge.deadline.past"));
        long challenge = challengeService.publish(draft(LocalDate.now().plusDays(5)));
        challengeService.closeWithoutAward(challenge, 0);
        assertThatThrownBy(() -> challengeService.closeWithoutAward(challenge, 0))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(challengeService.challenge(challenge).status()).isEqualTo(ChallengeStatus.CLOSED);
    }

    @Test
    @WithAppUser(value = Role.BOARD, username = "board.a", fullName = "Consejera A")
    void the_board_reads_challenges_but_cannot_publish_or_move_them() {
        long challenge = TestLogin.as(jdbc, "sec.a", Role.SECRETARIAT,
                () -> challengeService.publish(draft(LocalDate.now().plusDays(9))));
        assertThat(challengeService.challenge(challenge).mayManage()).isFalse();
        assertThatThrownBy(() -> challengeService.publish(draft(LocalDate.now().plusDays(9))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> challengeService.closeWithoutAward(challenge, 0))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAppUser(value = Role.BOARD, username = "board.a")
    void the_challenges_grid_filters_by_state_and_mining_company_in_page_and_count() {
        long other = fixture.member("Minera Otra", "MINING_COMPANY");
        long published = SystemAuthentication.callAsSystem(
                () -> challengeService.publish(draft(LocalDate.now().plusDays(20))));
        long closed = SystemAuthentication.callAsSystem(() -> {
            long id = challengeService.publish(draft(LocalDate.now().plusDays(30)));
            challengeService.closeWithoutAward(id, 0);
            return id;
        });
        long others = SystemAuthentication.callAsSystem(() -> challengeService
                .publish(new ChallengeDraft(other, "Agua " + fixture.tag, "Reducir el consumo de agua.", "Faena",
                        LocalDate.now().plusDays(25))));
        var all = Pageable.ofSize(100);

        assertThat(challengeService.challenges(null, mining, all)).extracting(ChallengeRow::id)
                .containsExactly(published, closed);
        assertThat(challengeService.count(null, mining)).isEqualTo(2);
        assertThat(challengeService.challenges(ChallengeStatus.CLOSED, mining, all)).extracting(ChallengeRow::id)
                .containsExactly(closed);
        assertThat(challengeService.count(ChallengeStatus.PUBLISHED, other)).isOne();
        assertThat(challengeService.challenges(ChallengeStatus.PUBLISHED, null, all)).extracting(ChallengeRow::id)
                .contains(published, others).doesNotContain(closed);
    }
}
