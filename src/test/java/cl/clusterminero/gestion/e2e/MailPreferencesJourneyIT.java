package cl.clusterminero.gestion.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** A board member turns off one kind of mail from the user menu, and the choice is there after a reload. */
class MailPreferencesJourneyIT extends BrowserTest {

    @Test
    void a_board_member_turns_off_decision_request_mail_and_finds_it_off_after_a_reload() {
        logIn("directorio", DEMO_PASSWORD);
        page.locator("#user-menu").click();
        page.locator("#mail-preferences").click();
        waitForVaadin();
        assertThat(page.getByText("Nuevas solicitudes de decisión al directorio")).isVisible();

        page.locator("#receive-decision-requested").click();
        assertThat(page.locator("#digest-decision-requested")).hasAttribute("disabled", "");
        page.locator("#save-preferences").click();
        assertThat(page.getByText("Preferencias guardadas")).isVisible();
        screenshot("mail-preferences");

        open("/preferencias");
        assertThat(page.locator("#receive-decision-requested")).not().hasAttribute("checked", "");
        assertThat(page.locator("#receive-resolution-due")).hasAttribute("checked", "");
        // Back on, for the next run against the same database.
        page.locator("#receive-decision-requested").click();
        page.locator("#save-preferences").click();
        assertThat(page.getByText("Preferencias guardadas")).isVisible();
    }
}
