package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The per-account throttle's rule, with a clock the test moves: lock after 5 failures, doubling, reset on success.
 * The counts are in MariaDB (login_attempt), so two throttles on the same database (two application nodes) add up.
 */
@IntegrationTest
class SecurityLoginThrottleTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    private final MovableClock clock = new MovableClock();
    private final List<AccountLockedEvent> locks = new ArrayList<>();
    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        throttle = node();
        throttle.reset();
    }

    @AfterEach
    void forgetFailures() {
        throttle.reset();
    }

    /** A throttle as another application node has it: its own instance, the same database. */
    private LoginThrottle node() {
        ApplicationEventPublisher events = event -> locks.add((AccountLockedEvent) event);
        return new LoginThrottle(jdbc, transactionManager, events, clock, 5, Duration.ofMinutes(1),
                Duration.ofMinutes(60));
    }

    @Test
    void five_failures_lock_the_account_for_a_minute_and_the_lock_then_grows() {
        for (int i = 1; i <= 4; i++) {
            throttle.recordFailure("gestora");
            assertThat(throttle.lockRemaining("gestora")).as("after %d failures", i).isEmpty();
        }
        throttle.recordFailure("gestora");
        assertThat(throttle.lockRemaining("gestora")).contains(Duration.ofMinutes(1));

        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.lockRemaining("gestora")).isEmpty();
        throttle.recordFailure("gestora");
        assertThat(throttle.lockRemaining("gestora")).contains(Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(3));
        throttle.recordFailure("Gestora ");
        assertThat(throttle.lockRemaining("GESTORA")).as("names compare as the login does")
                .contains(Duration.ofMinutes(4));
        assertThat(throttle.lockDuration(30)).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void another_account_is_not_affected_and_a_success_resets_the_count() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("atacada");
        }
        assertThat(throttle.lockRemaining("atacada")).isPresent();
        assertThat(throttle.lockRemaining("otra")).isEmpty();

        throttle.recordFailure("otra");
        throttle.recordFailure("otra");
        throttle.recordSuccess("otra");
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("otra");
        }
        assertThat(throttle.lockRemaining("otra")).as("the count started again after the success").isEmpty();
    }

    @Test
    void unknown_names_are_throttled_like_real_ones_and_log_lines_cannot_be_forged() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("no-existe");
        }
        assertThat(throttle.lockRemaining("no-existe")).isPresent();
        assertThat(LoginThrottle.loggable("x\r\nINFO forged")).doesNotContain("\r", "\n");
        assertThat(new LoginThrottledException(Duration.ofSeconds(61)).minutes()).isEqualTo(2);
        assertThat(new LoginThrottledException(Duration.ofSeconds(5)).minutes()).isEqualTo(1);
    }

    @Test
    void failures_recorded_by_two_nodes_add_up_and_the_lock_holds_on_both() {
        LoginThrottle node1 = throttle;
        LoginThrottle node2 = node();
        node1.recordFailure("gestora");
        node2.recordFailure("gestora");
        node1.recordFailure("gestora");
        node2.recordFailure("gestora");
        assertThat(node1.lockRemaining("gestora")).isEmpty();
        assertThat(locks).isEmpty();

        node2.recordFailure("gestora");
        assertThat(node1.lockRemaining("gestora")).as("locked on the node that saw 2 of the 5")
                .contains(Duration.ofMinutes(1));
        assertThat(node2.lockRemaining("gestora")).contains(Duration.ofMinutes(1));
        assertThat(locks).as("the lock is announced once, where it happened")
                .containsExactly(new AccountLockedEvent("gestora", clock.instant().plus(Duration.ofMinutes(1))));

        node1.recordSuccess("gestora");
        assertThat(node2.lockRemaining("gestora")).as("a success on one node clears the count on all").isEmpty();
    }

    @Test
    void the_table_it_uses_is_bounded_because_stale_counts_are_forgotten() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("atacada");
        }
        for (int i = 0; i < 40; i++) {
            throttle.recordFailure("inventado" + i);
        }
        assertThat(throttle.trackedNames()).isEqualTo(41);
        clock.advance(Duration.ofMinutes(61));
        throttle.recordFailure("otro");
        assertThat(throttle.trackedNames()).as("only the new failure is left").isEqualTo(1);
        assertThat(throttle.lockRemaining("atacada")).isEmpty();
        assertThat(LoginThrottle.key("x".repeat(300))).hasSize(LoginThrottle.MAX_KEY_LENGTH);
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
