package cl.clusterminero.gestion.security;

import java.util.EnumSet;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo seeding, generated data) as the application itself, user {@code sistema} with the admin
 * role, so that it goes through the same secured services as people do and is recorded under that name.
 */
public final class SystemAuthentication {

    public static final String USERNAME = "sistema";

    private SystemAuthentication() {
    }

    public static <T> T callAsSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        AppUserPrincipal system = new AppUserPrincipal(0, USERNAME, "Sistema", null, true, EnumSet.of(Role.ADMIN));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null,
                system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable work) {
        callAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
