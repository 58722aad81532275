package cl.clusterminero.gestion.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.UserSummary;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.security.ui.UserListView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The role matrix as each role sees it: the side navigation lists only what the role may open. */
@IntegrationTest
@SuppressWarnings("unchecked")
class NavigationByRoleTest extends SpringBrowserlessTest {

    @Test
    @WithAppUser(value = Role.ADMIN, fullName = "Patricio Valdés")
    void admin_sees_home_and_users() {
        navigate(HomeView.class);
        assertThat(menuLabels()).containsExactly("Inicio", "Hoja de ruta", "Programas", "Socios", "Compras locales", "Actividades", "Desafíos", "Indicadores", "Mis hitos", "Mis acuerdos",
                "Revisiones del directorio", "Sesiones de directorio", "Estrategia", "Usuarios", "Auditoría", "Correos");
    }

    @Test
    @WithAppUser(Role.BOARD)
    void board_member_does_not_see_user_administration() {
        navigate(HomeView.class);
        assertThat(menuLabels()).containsExactly("Inicio", "Hoja de ruta", "Programas", "Socios", "Compras locales", "Actividades", "Desafíos", "Indicadores", "Mis acuerdos",
                "Revisiones del directorio", "Sesiones de directorio");
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void secretariat_does_not_see_user_administration() {
        navigate(HomeView.class);
        assertThat(menuLabels()).containsExactly("Inicio", "Hoja de ruta", "Programas", "Socios", "Compras locales", "Actividades", "Desafíos", "Indicadores", "Mis acuerdos",
                "Revisiones del directorio", "Sesiones de directorio");
    }

    @Test
    @WithAppUser(Role.PROGRAM_MANAGER)
    void program_manager_does_not_see_user_administration() {
        navigate(HomeView.class);
        assertThat(menuLabels()).containsExactly("Inicio", "Hoja de ruta", "Programas", "Socios", "Compras locales", "Actividades", "Desafíos", "Indicadores", "Mis hitos",
                "Mis acuerdos", "Sesiones de directorio");
    }

    @Test
    @WithAppUser(value = {Role.BOARD, Role.SECRETARIAT}, fullName = "Carolina Muñoz")
    void home_greets_the_user_and_explains_each_of_their_roles() {
        navigate(HomeView.class);
        assertThat($(H2.class).id("home-greeting").getText()).isEqualTo("Hola, Carolina Muñoz");
        assertThat($(Div.class).withId("role-card-BOARD").exists()).isTrue();
        assertThat($(Div.class).withId("role-card-SECRETARIAT").exists()).isTrue();
        assertThat($(Div.class).withId("role-card-ADMIN").exists()).isFalse();
    }

    @Test
    @WithAppUser(Role.BOARD)
    void typing_the_address_of_an_admin_view_shows_access_denied_not_the_view() {
        navigate("usuarios", AccessDeniedView.class);
        assertThat($(UserListView.class).exists()).isFalse();
        assertThat($(H2.class).single().getText()).isEqualTo("Acceso denegado");
    }

    @Test
    @WithAppUser(Role.ADMIN)
    void admin_opens_the_user_list_with_its_count() {
        navigate(UserListView.class);
        test($(TextField.class).id("users-search")).setValue("admin.pruebas");
        Grid<UserSummary> grid = $(Grid.class).id("users-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("admin.pruebas");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Administración");
        assertThat($(Span.class).withClassName("result-count").single().getText())
                .isEqualTo("1 usuario");
    }

    @Test
    @WithAppUser(Role.SECRETARIAT)
    void an_unknown_address_shows_the_not_found_page() {
        navigate("no-existe", NotFoundView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Página no encontrada");
    }

    private List<String> menuLabels() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
