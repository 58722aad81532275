package cl.clusterminero.gestion.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The three core journeys with the keyboard alone (Tab, arrows, Enter, Space, typing, Ctrl+K; no clicks), at a
 * laptop's size: the board approves an initiative with a comment, a manager updates a milestone's progress, the
 * secretariat finds a member and edits a contact. Each control reached by Tab must show Vaadin's focus ring.
 */
class KeyboardJourneyIT extends BrowserTest {

    @Test
    void the_board_approves_an_initiative_from_the_review_queue_with_the_keyboard_alone() {
        logInWithKeyboard("directorio");
        assertThat(page.locator("#dashboard-axis-EC")).isVisible();

        tabTo("vaadin-side-nav-item[path$='directorio/revisiones']");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/directorio/revisiones$"));
        assertThat(page.locator("#review-queue-grid")).containsText("ET-03 ·");

        openWithGlobalSearch("ET-03", "iniciativas/");
        assertThat(page.locator("#initiative-title")).containsText("ET-03");
        tabTo("#record-review");
        page.keyboard().press("Enter");
        tabTo("#review-decision");
        // The first choice is "Aprobada"; Space selects the focused radio button.
        page.keyboard().press("Space");
        tabTo("#review-comment");
        String comment = "Aprobada por teclado " + UUID.randomUUID().toString().substring(0, 6);
        page.keyboard().type(comment);
        tabTo("#review-save");
        page.keyboard().press("Enter");
        assertThat(page.getByText("Revisión registrada.")).isVisible();
        assertThat(page.locator("#review-history")).containsText(comment);
        assertThat(page.locator("#review-history")).containsText("Aprobada");
    }

    @Test
    void a_manager_updates_a_milestone_with_the_keyboard_alone() {
        logInWithKeyboard("gestor");
        tabTo("vaadin-side-nav-item[path$='mis-hitos']");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/mis-hitos$"));
        assertThat(page.locator("#my-milestones-grid vaadin-button[id^='record-progress-']").first()).isVisible();

        activateLastCellOfFirstRow("#my-milestones-grid");
        assertThat(page.locator("#progress-dialog")).isVisible();
        tabTo("#progress-status");
        // Opens the list, goes to its first choice and one down ("En curso"), takes it.
        page.keyboard().press("Enter");
        page.keyboard().press("Home");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        tabTo("#progress-percent");
        page.keyboard().press("Control+a");
        page.keyboard().type("60");
        tabTo("#progress-comment");
        page.keyboard().type("Avance registrado por teclado " + UUID.randomUUID().toString().substring(0, 6));
        tabTo("#progress-save");
        page.keyboard().press("Enter");
        assertThat(page.getByText("Avance registrado.")).isVisible();
        assertThat(page.locator("#my-milestones-grid")).containsText("En curso · 60%");
    }

    @Test
    void the_secretariat_finds_a_member_and_edits_a_contact_with_the_keyboard_alone() {
        logInWithKeyboard("secretaria");
        // Without the accent: the search folds them.
        openWithGlobalSearch("zaldivar", "socios/");
        assertThat(page.locator("h2")).containsText("Zaldívar");

        activateLastCellOfFirstRow("#contacts-grid");
        assertThat(page.locator("#contact-dialog")).isVisible();
        tabTo("#contact-phone");
        page.keyboard().press("Control+a");
        String phone = "+56 55 2" + (100000 + (int) (Math.random() * 899999));
        page.keyboard().type(phone);
        tabTo("#contact-save");
        page.keyboard().press("Enter");
        assertThat(page.getByText("Contacto guardado.")).isVisible();
        assertThat(page.locator("#contacts-grid")).containsText(phone);
    }

    private void logInWithKeyboard(String username) {
        open("/login");
        tabTo("input[name='username']");
        page.keyboard().type(username);
        page.keyboard().press("Tab");
        page.keyboard().type(DEMO_PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/$"));
        waitForVaadin();
    }

    /** Ctrl+K, the text, then Tab to the hit whose address starts with {@code route} and Enter. */
    private void openWithGlobalSearch(String text, String route) {
        page.keyboard().press("Control+k");
        assertThat(page.locator("#global-search-field")).isVisible();
        page.keyboard().type(text);
        Locator hit = page.locator("#global-search-results a[href^='" + route + "']").first();
        assertThat(hit).isVisible();
        String href = hit.getAttribute("href");
        tabTo("#global-search-results a[href='" + href + "']");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/" + Pattern.quote(href) + "$"));
        waitForVaadin();
    }

    /**
     * Vaadin's grid keyboard model: Tab reaches the grid, arrows move between cells, Enter on a cell with a button
     * moves focus into it ("interaction mode"), and Enter again presses the button.
     */
    private void activateLastCellOfFirstRow(String grid) {
        tabTo(grid);
        page.keyboard().press("ArrowDown");
        page.keyboard().press("End");
        page.keyboard().press("Enter");
        page.keyboard().press("Enter");
        waitForVaadin();
    }

    /** Presses Tab until the focused element (looking through shadow roots) is inside {@code selector}. */
    private void tabTo(String selector) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            Object focus = page.evaluate("""
                    selector => {
                      const chain = [];
                      for (let e = document.activeElement; e; e = e.shadowRoot && e.shadowRoot.activeElement) {
                        chain.push(e);
                      }
                      const inside = chain.find(e => e.closest && e.closest(selector));
                      if (!inside) return null;
                      // Vaadin marks keyboard focus with focus-ring on the component; plain elements use :focus-visible.
                      const ringed = chain.some(e => e.hasAttribute && e.hasAttribute('focus-ring'))
                          || chain.some(e => e.matches && e.matches(':focus-visible'));
                      return ringed ? 'visible' : 'invisible';
                    }""", selector);
            if (focus != null) {
                assertThat(focus).as("focus ring on " + selector).isEqualTo("visible");
                return;
            }
        }
        fail("Tab never reached " + selector);
    }
}
