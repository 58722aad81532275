package cl.clusterminero.gestion.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The user of the current request, for views (greeting, menus) and services (row-level rules, signatures). */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<AppUserPrincipal> get() {
        return authenticationContext.getAuthenticatedUser(AppUserPrincipal.class);
    }

    public AppUserPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("No authenticated user"));
    }

    public boolean hasRole(Role role) {
        return get().map(user -> user.hasRole(role)).orElse(false);
    }

    /**
     * Whether the user's roles let them call {@code method} of {@code service}: the rule is read from the method's
     * (or the class's) {@code @RolesAllowed}/{@code @PermitAll}, so that a view hides a button by the very rule the
     * service enforces instead of restating it. Row-level rules (a manager's own programs) stay with the service.
     */
    public boolean mayCall(Class<?> service, String method) {
        List<Method> named = Arrays.stream(service.getMethods()).filter(m -> m.getName().equals(method)).toList();
        if (named.isEmpty()) {
            throw new IllegalArgumentException(service.getSimpleName() + " has no public method " + method);
        }
        Method target = named.getFirst();
        if (target.isAnnotationPresent(PermitAll.class)) {
            return get().isPresent();
        }
        RolesAllowed roles = target.isAnnotationPresent(RolesAllowed.class) ? target.getAnnotation(RolesAllowed.class)
                : service.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            return service.isAnnotationPresent(PermitAll.class) && get().isPresent();
        }
        return Arrays.stream(roles.value()).anyMatch(role -> hasRole(Role.valueOf(role)));
    }

    public void logout() {
        authenticationContext.logout();
    }
}
