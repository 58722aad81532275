package cl.clusterminero.gestion.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** A login refused because its user name is temporarily locked after repeated failures; says for how long. */
public class LoginThrottledException extends LockedException {

    private final long minutes;

    LoginThrottledException(Duration remaining) {
        super("Too many failed logins");
        this.minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
    }

    /** Whole minutes (rounded up, at least one) until the user name may try again. */
    public long minutes() {
        return minutes;
    }
}
