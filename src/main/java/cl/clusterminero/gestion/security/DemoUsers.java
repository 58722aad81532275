package cl.clusterminero.gestion.security;

import cl.clusterminero.gestion.shared.demo.DemoSeed;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts listed in the README, one or more per role. The people are invented; the password is shared
 * and only ever exists under the {@code demo} profile.
 */
@Component
@Profile("demo")
class DemoUsers implements DemoSeed {

    static final String PASSWORD = "Salar-de-Atacama-2025";

    record DemoUser(String username, String fullName, String email, Set<Role> roles) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Patricio Valdés Olivares", "pvaldes@clusterminero.cl", EnumSet.of(Role.ADMIN)),
            new DemoUser("directorio", "María José Rojas Castillo", "mjrojas@clusterminero.cl", EnumSet.of(Role.BOARD)),
            new DemoUser("directorio2", "Andrés Tapia Godoy", "atapia@clusterminero.cl", EnumSet.of(Role.BOARD)),
            new DemoUser("secretaria", "Carolina Muñoz Araya", "cmunoz@clusterminero.cl", EnumSet.of(Role.SECRETARIAT)),
            new DemoUser("gestor", "Jorge Alvarado Cortés", "jalvarado@clusterminero.cl",
                    EnumSet.of(Role.PROGRAM_MANAGER)),
            new DemoUser("gestora", "Francisca Ibarra Lagos", "fibarra@clusterminero.cl",
                    EnumSet.of(Role.PROGRAM_MANAGER)));

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoUsers(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    @Transactional
    public void seed() {
        String hash = null;
        for (DemoUser demo : USERS) {
            if (users.existsByUsernameIgnoreCase(demo.username())) {
                continue;
            }
            if (hash == null) {
                hash = passwordEncoder.encode(PASSWORD);
            }
            users.save(new AppUser(demo.username(), demo.fullName(), demo.email(), hash, demo.roles(),
                    clock.instant()));
        }
    }
}
