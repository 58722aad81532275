package cl.clusterminero.gestion.shell;

import cl.clusterminero.gestion.security.AppUserPrincipal;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Role;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The side navigation's entries for the current user: Vaadin's {@code @Menu} entries filtered by the same access
 * annotations that guard the routes, worked out once per set of roles. Every view access is decided by roles alone
 * ({@code @PermitAll}, {@code @RolesAllowed}), and asking Vaadin at every page for every route took about a fifth of
 * the CPU of opening a view (docs/performance.md, "CPU per request").
 */
@Component
public class NavigationMenu {

    private final CurrentUser currentUser;
    private final Map<Set<Role>, List<MenuEntry>> entriesByRoles = new ConcurrentHashMap<>();

    NavigationMenu(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public List<MenuEntry> entries() {
        Optional<Set<Role>> roles = currentUser.get().map(AppUserPrincipal::roles).map(NavigationMenu::copyOf);
        return roles.map(key -> entriesByRoles.computeIfAbsent(key, ignored -> menuEntries()))
                .orElseGet(NavigationMenu::menuEntries);
    }

    private static List<MenuEntry> menuEntries() {
        return List.copyOf(MenuConfiguration.getMenuEntries());
    }

    private static Set<Role> copyOf(Set<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
