package cl.clusterminero.gestion.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The three core journeys with the keyboard alone (Tab, arrows, Enter, Space, typing, Ctrl+K; no clicks), at a
 * laptop's size: the board opens an initiative from the review queue and approves it with a comment, a manager
 * updates a milestone's progress, the secretariat finds a member and edits a contact. Each control reached by Tab
 * must show Vaadin's focus ring. Grids follow Vaadin's keyboard model: Tab stops at the header, then at the body;
 * arrows move within one of them; Enter on a cell moves into its link or button, Enter again uses it.
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

        // Into the queue's rows, down to ET-03, and into its first cell's link (Enter, then Enter follows it).
        tabTo("#review-queue-grid");
        page.keyboard().press("Tab");
        for (int row = 0; row < 40 && !focusedCellText("#review-queue-grid").startsWith("ET-03 ·"); row++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(focusedCellText("#review-queue-grid")).startsWith("ET-03 ·");
        page.keyboard().press("Enter");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/iniciativas/\\d+$"));
        assertThat(page.locator("#initiative-title")).containsText("ET-03");
        tabTo("#record-review");
        page.keyboard().press("Enter");
        // The dialog's host element has no box of its own (its overlay has): look at what it shows.
        assertThat(page.locator("#review-decision")).isVisible();
        tabTo("#review-decision");
        // The first choice is "Aprobada"; Space selects the focused radio button.
        page.keyboard().press("Space");
        tabTo("#review-comment");
        String comment = "Aprobada por teclado " + UUID.randomUUID().toString().substring(0, 6);
        page.keyboard().type(comment);
        tabTo("#review-save");
        screenshot("keyboard-board-review");
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
        assertThat(page.locator("#progress-status")).isVisible();
        tabTo("#progress-status");
        // Opens the list (once it shows, its current choice has the focus), goes to the first choice and one down
        // ("En curso"), takes it.
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-select-item:focus")).isVisible();
        page.keyboard().press("Home");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("vaadin-select-item:focus")).hasText("En curso");
        page.keyboard().press("Enter");
        assertThat(page.locator("#progress-status")).containsText("En curso");
        tabTo("#progress-percent");
        page.keyboard().press("Control+a");
        page.keyboard().type("60");
        tabTo("#progress-comment");
        page.keyboard().type("Avance registrado por teclado " + UUID.randomUUID().toString().substring(0, 6));
        tabTo("#progress-save");
        screenshot("keyboard-manager-progress");
        page.keyboard().press("Enter");
        assertThat(page.getByText("Avance registrado.")).isVisible();
        assertThat(page.locator("#my-milestones-grid")).containsText("En curso · 60%");
    }

    @Test
    void the_secretariat_finds_a_member_and_edits_a_contact_with_the_keyboard_alone() {
        logInWithKeyboard("secretaria");
        // The members list: a row opens with Enter on its cell, as it does with a click.
        tabTo("vaadin-side-nav-item[path$='socios']");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/socios$"));
        assertThat(page.locator("#members-count")).containsText("socios");
        String unfiltered = page.locator("#members-count").textContent();
        tabTo("#members-search");
        page.keyboard().type("licancabur");
        // The count changes once the grid holds the matches.
        assertThat(page.locator("#members-count")).not().hasText(unfiltered);
        waitForVaadin();
        tabTo("#members-grid");
        page.keyboard().press("Tab");
        assertThat(focusedCellPart("#members-grid")).contains("body-cell").contains("first-row-cell");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/socios/\\d+$"));
        assertThat(page.locator("#member-name")).containsText("Licancabur");
        // The member page has settled (the search dialog closes on any navigation still under way).
        waitForVaadin();

        // Without the accent: the search folds them.
        openWithGlobalSearch("zaldivar", "socios/", "Zaldívar");
        assertThat(page.locator("#member-name")).containsText("Zaldívar");

        // The member page's tabs: Tab reaches the selected one, the arrows move along them, Enter opens one.
        tabTo("#member-tabs vaadin-tab[selected]");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#member-tabs vaadin-tab:focus")).hasText("Contactos");
        page.keyboard().press("Enter");
        assertThat(page.locator("#contacts-grid")).isVisible();
        activateLastCellOfFirstRow("#contacts-grid");
        assertThat(page.locator("#contact-phone")).isVisible();
        tabTo("#contact-phone");
        page.keyboard().press("Control+a");
        String phone = "+56 55 2" + (100000 + (int) (Math.random() * 899999));
        page.keyboard().type(phone);
        tabTo("#contact-save");
        screenshot("keyboard-secretariat-contact");
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

    /**
     * Ctrl+K, the text, then Tab to the hit whose address starts with {@code route} and that reads {@code expected},
     * and Enter. The results follow the typing: the journey waits for the summary of the whole text (the hits of
     * "ET-0" may be on screen first), then the dialog must have closed.
     */
    private void openWithGlobalSearch(String text, String route, String expected) {
        waitForVaadin();
        page.keyboard().press("Control+k");
        assertThat(page.locator("#global-search-field")).isVisible();
        page.keyboard().type(text);
        assertThat(page.locator("#global-search-summary")).containsText("«" + text + "»");
        Locator hit = page.locator("#global-search-results a[href^='" + route + "']",
                new Page.LocatorOptions().setHasText(expected)).first();
        assertThat(hit).isVisible();
        String href = hit.getAttribute("href");
        tabTo("#global-search-results a[href='" + href + "']");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/" + Pattern.quote(href) + "$"));
        waitForVaadin();
        assertThat(page.locator("#global-search")).hasCount(0);
    }

    /**
     * Vaadin's grid keyboard model: Tab reaches the grid's header, Tab again its first body cell (the arrows stay
     * within the header or the body), End moves to the row's last cell, Enter on a cell holding a button moves focus
     * into it ("interaction mode"), and Enter again presses the button.
     */
    private void activateLastCellOfFirstRow(String grid) {
        tabTo(grid);
        assertThat(focusedCellPart(grid)).contains("header-cell");
        page.keyboard().press("Tab");
        assertThat(focusedCellPart(grid)).contains("body-cell").contains("first-row-cell");
        page.keyboard().press("End");
        assertThat(focusedCellPart(grid)).contains("last-column-cell");
        page.keyboard().press("Enter");
        assertThat(page.locator(grid + " vaadin-button:focus").first()).isVisible();
        page.keyboard().press("Enter");
    }

    /** What the grid's focused cell shows (its slotted content). */
    private String focusedCellText(String grid) {
        return (String) page.evaluate("grid => { const cell = document.querySelector(grid).shadowRoot.activeElement;"
                + " const slot = cell && cell.querySelector('slot');"
                + " return slot ? slot.assignedElements().map(e => e.textContent).join('').trim() : ''; }", grid);
    }

    /** The part attribute of the grid's focused cell (header-cell, body-cell, first-row-cell...). */
    private String focusedCellPart(String grid) {
        return (String) page.evaluate("grid => { const cell = document.querySelector(grid).shadowRoot.activeElement;"
                + " return cell ? cell.getAttribute('part') : ''; }", grid);
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
                      // Vaadin marks keyboard focus with focus-ring on the component, plain elements use
                      // :focus-visible.
                      const ringed = chain.some(e => e.hasAttribute && e.hasAttribute('focus-ring'))
                          || chain.some(e => e.matches && e.matches(':focus-visible'));
                      return ringed ? 'visible' : 'invisible';
                    }""", selector);
            if (focus != null) {
                assertThat(focus).as("focus ring on " + selector).isEqualTo("visible");
                return;
            }
        }
        screenshot("keyboard-lost-" + selector.replaceAll("[^a-z-]", ""));
        fail("Tab never reached " + selector + "; the focus is on " + page.evaluate("() => { const chain = [];"
                + " for (let e = document.activeElement; e; e = e.shadowRoot && e.shadowRoot.activeElement) {"
                + " chain.push(e.localName + (e.id ? '#' + e.id : '')); } return chain.join(' > '); }"));
    }
}
