package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.security.ui.LoginView;
import cl.clusterminero.gestion.shell.ui.AccessDeniedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

/**
 * The route × role matrix: every route the application registers, for an anonymous visitor and each role, against
 * {@link SecurityRouteMatrix}. Checked twice: with the annotation checker Vaadin's navigation access control uses,
 * and by navigating as each role (a refused route must show the access-denied page, an allowed one must not).
 * Anonymous visitors are also checked over HTTP against the production jar in {@code HttpSecurityJourneyIT}.
 */
@IntegrationTest
class SecurityRouteMatrixTest extends SpringBrowserlessTest {

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    private Map<String, Class<?>> routes() {
        Map<String, Class<?>> routes = new TreeMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            routes.put(route.getTemplate(), route.getNavigationTarget());
        }
        return routes;
    }

    @Test
    void every_registered_route_has_a_line_in_the_matrix() {
        assertThat(routes().keySet()).containsExactlyInAnyOrderElementsOf(SecurityRouteMatrix.EXPECTED.keySet());
    }

    @Test
    void the_annotations_of_every_route_grant_exactly_the_matrix_for_anonymous_and_each_role() {
        List<String> mismatches = new ArrayList<>();
        routes().forEach((template, view) -> {
            for (String who : SecurityRouteMatrix.PRINCIPALS) {
                boolean expected = SecurityRouteMatrix.EXPECTED.getOrDefault(template, Set.of()).contains(who);
                Principal principal = SecurityRouteMatrix.ANONYMOUS.equals(who) ? null : () -> "someone";
                boolean actual = checker.hasAccess(view, principal, role -> role.equals(who));
                if (actual != expected) {
                    mismatches.add("/" + template + " for " + who + ": expected " + expected + ", annotations say "
                            + actual);
                }
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    @WithAppUser(value = Role.ADMIN, username = "admin.pruebas")
    void admin_navigates_the_matrix() {
        assertNavigationMatches(Roles.ADMIN);
    }

    @Test
    @WithAppUser(value = Role.BOARD, username = "board.a")
    void board_navigates_the_matrix() {
        assertNavigationMatches(Roles.BOARD);
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void secretariat_navigates_the_matrix() {
        assertNavigationMatches(Roles.SECRETARIAT);
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a")
    void program_manager_navigates_the_matrix() {
        assertNavigationMatches(Roles.PROGRAM_MANAGER);
    }

    private void assertNavigationMatches(String role) {
        List<String> mismatches = new ArrayList<>();
        routes().forEach((template, view) -> {
            if (view == LoginView.class) {
                return; // a logged-in user is sent home from the login page
            }
            boolean expected = SecurityRouteMatrix.EXPECTED.get(template).contains(role);
            UI.getCurrent().navigate(SecurityRouteMatrix.sampleAddress(template));
            Class<?> shown = ClassUtils.getUserClass(getCurrentView().getClass());
            boolean denied = shown == AccessDeniedView.class;
            if (expected == denied) {
                mismatches.add("/" + template + " as " + role + " showed " + shown.getSimpleName());
            }
            if (expected && !template.contains(":") && shown != view) {
                mismatches.add("/" + template + " as " + role + " showed " + shown.getSimpleName() + " instead of "
                        + view.getSimpleName());
            }
        });
        assertThat(mismatches).as("routes whose navigation disagrees with the matrix").isEmpty();
    }
}
