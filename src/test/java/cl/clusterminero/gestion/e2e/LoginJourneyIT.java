package cl.clusterminero.gestion.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Logging in and out in a real browser, as each demo role, against the production jar. */
class LoginJourneyIT extends BrowserTest {

    @ParameterizedTest(name = "{0} sees {2}")
    @CsvSource(delimiter = ';', value = {
            "admin;Administración;Inicio|Hoja de ruta|Programas|Socios|Compras locales|Actividades|Desafíos|Indicadores|Mis hitos|Mis acuerdos|Revisiones del directorio|Sesiones de directorio|Estrategia|Usuarios|Auditoría|Correos",
            "directorio;Directorio;Inicio|Hoja de ruta|Programas|Socios|Compras locales|Actividades|Desafíos|Indicadores|Mis acuerdos|Revisiones del directorio|Sesiones de directorio",
            "secretaria;Secretaría;Inicio|Hoja de ruta|Programas|Socios|Compras locales|Actividades|Desafíos|Indicadores|Mis acuerdos|Revisiones del directorio|Sesiones de directorio",
            "gestor;Gestión de programas;Inicio|Hoja de ruta|Programas|Socios|Compras locales|Actividades|Desafíos|Indicadores|Mis hitos|Mis acuerdos|Sesiones de directorio"})
    void each_demo_role_logs_in_and_sees_only_its_navigation(String username, String roleLabel, String menu) {
        logIn(username, DEMO_PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/$"));
        Locator items = page.locator("#side-nav vaadin-side-nav-item");
        assertThat(items.first()).isVisible();
        assertThat(items.allInnerTexts().stream().map(String::strip).toList())
                .isEqualTo(List.of(menu.split("\\|")));
        assertThat(page.locator("#user-menu")).containsText(roleLabel);
        assertThat(page.locator("#home-greeting")).containsText("Hola,");
        screenshot("home-" + username);
    }

    @Test
    void a_wrong_password_shows_an_error_and_stays_on_the_login_page() {
        open("/login");
        screenshot("login");
        page.locator("input[name='username']").fill("secretaria");
        page.locator("input[name='password']").fill("no-es-la-clave-correcta");
        page.locator("input[name='password']").press("Enter");
        page.waitForLoadState();
        waitForVaadin();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.getByText("Usuario o contraseña incorrectos")).isVisible();
        screenshot("login-wrong-password");
    }

    @Test
    void an_anonymous_visit_to_a_protected_address_lands_on_the_login_page() {
        open("/usuarios");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("input[name='username']")).isVisible();
    }

    @Test
    void a_board_member_typing_the_users_address_sees_access_denied() {
        logIn("directorio", DEMO_PASSWORD);
        open("/usuarios");

        assertThat(page.getByText("Acceso denegado")).isVisible();
        assertThat(page.locator("#users-grid")).hasCount(0);
        screenshot("access-denied-board");
    }

    @Test
    void admin_sees_the_users_list_and_logs_out() {
        logIn("admin", DEMO_PASSWORD);
        open("/usuarios");
        assertThat(page.locator("#users-grid")).containsText("secretaria");
        screenshot("users-admin");

        page.locator("#user-menu").click();
        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        open("/usuarios");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void an_unknown_address_shows_the_not_found_page() {
        logIn("gestor", DEMO_PASSWORD);
        open("/no-existe");
        assertThat(page.getByText("Página no encontrada")).isVisible();
        screenshot("not-found");
    }
}
