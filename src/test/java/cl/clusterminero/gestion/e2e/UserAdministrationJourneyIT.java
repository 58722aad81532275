package cl.clusterminero.gestion.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The admin creates a user, who logs in with the temporary password and must choose a new one first; the admin then
 * disables the account and the user's open session ends at once. The audit log shows it all.
 */
class UserAdministrationJourneyIT extends BrowserTest {

    @Test
    void a_new_user_must_change_the_temporary_password_and_disabling_ends_the_open_session() {
        String username = "consejero." + UUID.randomUUID().toString().substring(0, 6);
        logIn("admin", DEMO_PASSWORD);
        open("/usuarios");
        page.locator("#new-user").click();
        page.locator("#user-username input").fill(username);
        page.locator("#user-full-name input").fill("Tomás Aránguiz Pino");
        page.locator("#user-roles vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Directorio"))
                .click();
        page.locator("#user-save").click();
        String temporary = page.locator("#temporary-password").innerText().trim();
        screenshot("user-temporary-password");
        page.locator("#temporary-password-done").click();

        BrowserContext userContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860));
        Page userPage = userContext.newPage();
        userPage.navigate(app.url("/login"));
        userPage.locator("input[name='username']").fill(username);
        userPage.locator("input[name='password']").fill(temporary);
        userPage.locator("input[name='password']").press("Enter");
        userPage.waitForURL(Pattern.compile(".*/cambiar-contrasena$"));
        waitForVaadin(userPage);
        assertThat(userPage.locator("#password-intro")).containsText("restableció");
        userPage.locator("#password-current input").fill(temporary);
        userPage.locator("#password-next input").fill("Cerro-Paranal-al-atardecer");
        userPage.locator("#password-repeat input").fill("Cerro-Paranal-al-atardecer");
        userPage.locator("#password-save").click();
        assertThat(userPage.locator("#home-greeting")).containsText("Tomás Aránguiz Pino");

        page.locator("#users-search input").fill(username);
        page.locator("#users-search input").press("Enter");
        assertThat(page.getByText("1 usuario", new Page.GetByTextOptions().setExact(true))).isVisible();
        waitForVaadin();
        page.locator("#users-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(username))
                .first().click();
        waitForVaadin();
        page.locator("#user-toggle-enabled").click();
        assertThat(page.getByText("quedó deshabilitado")).isVisible();

        try {
            userPage.reload();
        } catch (PlaywrightException aborted) {
            // Her open page may already be on its way to the login page (the ended session answers its next
            // request with a redirect), which aborts the reload: either way she must land on the login page.
        }
        assertThat(userPage).hasURL(Pattern.compile(".*/login.*"));
        userContext.close();

        open("/auditoria");
        assertThat(page.locator("#audit-grid")).containsText("Usuario #");
        screenshot("audit-log");
    }
}
