package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The per-account throttle's rule, with a clock the test moves: lock after 5 failures, doubling, reset on success. */
class SecurityLoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(1), Duration.ofMinutes(60));

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
    void the_memory_it_uses_is_bounded() {
        LoginThrottle small = new LoginThrottle(clock, 5, Duration.ofMinutes(1), Duration.ofMinutes(60), 20);
        for (int i = 0; i < 5; i++) {
            small.recordFailure("atacada");
        }
        for (int i = 0; i < 40; i++) {
            small.recordFailure("inventado" + i);
        }
        assertThat(small.trackedNames()).isLessThanOrEqualTo(20);
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
