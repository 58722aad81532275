package cl.clusterminero.gestion.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-account login throttling: after {@code app.login.max-failures} consecutive failed logins on one user name
 * (default 5), that name is locked for 1 minute, and each further failure doubles the lock (2, 4, 8… up to
 * {@code app.login.max-lock}, default 60 minutes). A successful login resets the count. Other accounts are never
 * affected. Names that do not exist are throttled exactly like real ones, so the lock message reveals nothing.
 * <p>
 * The counts live in memory: right for the single application node this project runs; a cluster would keep them in
 * the database instead. They are bounded ({@value #MAX_TRACKED} names) so that a flood of invented names cannot
 * exhaust memory.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration firstLock;
    private final Duration maxLock;
    private final int maxTracked;
    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

    private org.springframework.context.ApplicationEventPublisher events = event -> { };

    @Autowired
    LoginThrottle(Clock clock, @Value("${app.login.max-failures:5}") int maxFailures,
                  @Value("${app.login.first-lock:1m}") Duration firstLock,
                  @Value("${app.login.max-lock:60m}") Duration maxLock,
                  org.springframework.context.ApplicationEventPublisher events) {
        this(clock, maxFailures, firstLock, maxLock, MAX_TRACKED);
        this.events = events;
    }

    LoginThrottle(Clock clock, int maxFailures, Duration firstLock, Duration maxLock) {
        this(clock, maxFailures, firstLock, maxLock, MAX_TRACKED);
    }

    LoginThrottle(Clock clock, int maxFailures, Duration firstLock, Duration maxLock, int maxTracked) {
        this.maxTracked = maxTracked;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.firstLock = firstLock;
        this.maxLock = maxLock;
    }

    /** How long the name is still locked, if it is. */
    public Optional<Duration> lockRemaining(String username) {
        Attempts current = attempts.get(key(username));
        Instant now = clock.instant();
        if (current == null || current.lockedUntil == null || !now.isBefore(current.lockedUntil)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.lockedUntil));
    }

    /** Records a failed login (wrong password or unknown name); logs it, and the lock when one starts. */
    public void recordFailure(String username) {
        String key = key(username);
        if (attempts.size() >= maxTracked && !attempts.containsKey(key)) {
            purgeExpired();
        }
        Instant now = clock.instant();
        Attempts updated = attempts.compute(key, (name, previous) -> {
            int failures = previous == null ? 1 : previous.failures + 1;
            Instant lockedUntil = previous == null ? null : previous.lockedUntil;
            if (failures >= maxFailures) {
                lockedUntil = now.plus(lockDuration(failures));
            }
            return new Attempts(failures, lockedUntil, now);
        });
        log.warn("Login failed for user name '{}' ({} consecutive failures)", loggable(key), updated.failures);
        if (updated.lockedUntil != null && updated.failures >= maxFailures) {
            log.warn("Login locked for user name '{}' until {} after {} consecutive failures", loggable(key),
                    updated.lockedUntil, updated.failures);
            events.publishEvent(new AccountLockedEvent(key, updated.lockedUntil));
        }
    }

    /** A successful login clears the name's failures. */
    public void recordSuccess(String username) {
        attempts.remove(key(username));
    }

    int trackedNames() {
        return attempts.size();
    }

    /** Forgets every count (tests). */
    void reset() {
        attempts.clear();
    }

    Duration lockDuration(int failures) {
        int doublings = Math.min(failures - maxFailures, 20);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }

    private void purgeExpired() {
        Instant stale = clock.instant().minus(maxLock);
        attempts.entrySet().removeIf(entry -> entry.getValue().lastFailure.isBefore(stale));
        if (attempts.size() >= maxTracked) {
            log.warn("Login throttle tracks {} names; forgetting the oldest counts", attempts.size());
            attempts.clear();
        }
    }

    static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** User names come from the login form: no line breaks or control characters reach the log, and no more than 64 characters. */
    static String loggable(String username) {
        String cleaned = username.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "…" : cleaned;
    }

    private record Attempts(int failures, Instant lockedUntil, Instant lastFailure) {
    }
}
