package cl.clusterminero.gestion.security;

import java.time.Clock;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo profile no account exists by default: at the first start, the first administrator is created
 * from {@code APP_ADMIN_USERNAME} and {@code APP_ADMIN_PASSWORD}. The application refuses to start without them, or
 * with a password that breaks the {@link PasswordPolicy}, because an installation nobody can administer is useless.
 */
@Component
@Profile("!demo")
@Order(10)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final String username;
    private final String password;
    private final String fullName;

    AdminBootstrap(AppUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, Clock clock,
                   @Value("${app.admin.username:}") String username,
                   @Value("${app.admin.password:}") String password,
                   @Value("${app.admin.full-name:Administrador}") String fullName) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
        this.username = username.trim();
        this.password = password;
        this.fullName = fullName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsWithRole(Role.ADMIN)) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            throw new IllegalStateException("No administrator exists yet. Set APP_ADMIN_USERNAME and "
                    + "APP_ADMIN_PASSWORD to create the first one (or run with the 'demo' profile).");
        }
        passwordPolicy.violation(username, password).ifPresent(rule -> {
            throw new IllegalStateException("APP_ADMIN_PASSWORD is too weak (" + rule + "): use 12 to 128 "
                    + "characters, not a common password and not containing the username.");
        });
        users.save(new AppUser(username, fullName, null, passwordEncoder.encode(password), EnumSet.of(Role.ADMIN),
                clock.instant()));
        log.info("Created the first administrator '{}' from APP_ADMIN_USERNAME", username);
    }
}
