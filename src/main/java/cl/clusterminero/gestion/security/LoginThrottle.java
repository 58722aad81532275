package cl.clusterminero.gestion.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per-account login throttling: after {@code app.login.max-failures} consecutive failed logins on one user name
 * (default 5), that name is locked for 1 minute, and each further failure doubles the lock (2, 4, 8… up to
 * {@code app.login.max-lock}, default 60 minutes). A successful login resets the count. Other accounts are never
 * affected. Names that do not exist are throttled exactly like real ones, so the lock message reveals nothing.
 * <p>
 * The counts live in MariaDB ({@code login_attempt}, migration V10), so failures add up whichever application node
 * served them: an attacker spread over several nodes gets no more tries than against one. Each failure is one
 * transaction whose upsert takes the row's lock, so concurrent failures on two nodes are both counted. Counts of names
 * whose last failure is older than the longest lock are deleted as new failures come in, so a flood of invented names
 * cannot grow the table without bound.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** Longer names than any account can have are cut: they share a count, and no account has such a name. */
    static final int MAX_KEY_LENGTH = 254;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration firstLock;
    private final Duration maxLock;

    @Autowired
    LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
                  Clock clock, @Value("${app.login.max-failures:5}") int maxFailures,
                  @Value("${app.login.first-lock:1m}") Duration firstLock,
                  @Value("${app.login.max-lock:60m}") Duration maxLock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.firstLock = firstLock;
        this.maxLock = maxLock;
    }

    /** How long the name is still locked, if it is. */
    public Optional<Duration> lockRemaining(String username) {
        List<Timestamp> lockedUntil = jdbc.queryForList(
                "select locked_until from login_attempt where username_key = ? and locked_until is not null",
                Timestamp.class, key(username));
        Instant now = clock.instant();
        if (lockedUntil.isEmpty() || !now.isBefore(lockedUntil.getFirst().toInstant())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, lockedUntil.getFirst().toInstant()));
    }

    /** Records a failed login (wrong password or unknown name); logs it, and the lock when one starts. */
    public void recordFailure(String username) {
        String key = key(username);
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            jdbc.update("""
                    insert into login_attempt (username_key, failures, locked_until, last_failure) values (?, 1, null, ?)
                    on duplicate key update failures = failures + 1, last_failure = values(last_failure)
                    """, key, Timestamp.from(now));
            // The upsert holds the row's lock until commit: the count read here is this failure's, on every node.
            int failures = jdbc.queryForObject("select failures from login_attempt where username_key = ?",
                    Integer.class, key);
            log.warn("Login failed for user name '{}' ({} consecutive failures)", loggable(key), failures);
            if (failures >= maxFailures) {
                lock(key, failures, now.plus(lockDuration(failures)));
            }
            Instant stale = now.minus(maxLock);
            jdbc.update("delete from login_attempt where last_failure < ? and (locked_until is null or locked_until < ?)",
                    Timestamp.from(stale), Timestamp.from(now));
        });
    }

    /** The one place where a user name gets locked: stored, logged, and announced as an {@link AccountLockedEvent}. */
    private void lock(String key, int failures, Instant lockedUntil) {
        jdbc.update("update login_attempt set locked_until = ? where username_key = ?", Timestamp.from(lockedUntil), key);
        log.warn("Login locked for user name '{}' until {} after {} consecutive failures", loggable(key), lockedUntil,
                failures);
        events.publishEvent(new AccountLockedEvent(key, lockedUntil));
    }

    /** A successful login clears the name's failures. */
    public void recordSuccess(String username) {
        jdbc.update("delete from login_attempt where username_key = ?", key(username));
    }

    int trackedNames() {
        return jdbc.queryForObject("select count(*) from login_attempt", Integer.class);
    }

    /** Forgets every count (tests). */
    void reset() {
        jdbc.update("delete from login_attempt");
    }

    Duration lockDuration(int failures) {
        int doublings = Math.min(failures - maxFailures, 20);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }

    static String key(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    /** User names come from the login form: no line breaks or control characters reach the log, and no more than 64 characters. */
    static String loggable(String username) {
        String cleaned = username.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "…" : cleaned;
    }
}
