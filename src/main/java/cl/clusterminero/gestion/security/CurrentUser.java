package cl.clusterminero.gestion.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
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

    public void logout() {
        authenticationContext.logout();
    }
}
