package cl.clusterminero.gestion.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A program manager updates a milestone from "Mis hitos"; another manager cannot touch it. */
class MilestoneJourneyIT extends BrowserTest {

    @Test
    void a_manager_marks_a_milestone_done_and_the_initiative_moves_while_another_manager_cannot_edit_it() {
        logIn("gestor", DEMO_PASSWORD);
        open("/mis-hitos");
        assertThat(page.locator("#my-milestones-grid vaadin-button[id^='record-progress-']").first()).isVisible();
        screenshot("my-milestones");
        // EC-01 of the demo data is late only because of its milestone due ten days ago.
        String initiativeHref = page.locator("#my-milestones-grid a")
                .filter(new Locator.FilterOptions().setHasText("EC-01 ·")).first().getAttribute("href");

        open("/" + initiativeHref);
        assertThat(page.locator("#initiative-health")).hasText("Atrasada");
        String progressBefore = page.locator("#initiative-progress").innerText();
        String buttonId = page.locator("#milestones-grid vaadin-button[id^='record-progress-']").nth(1)
                .getAttribute("id");

        open("/mis-hitos");
        page.locator("#" + buttonId).click();
        page.locator("#progress-status").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Terminado")).click();
        String comment = "Programa aprobado por el comité " + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#progress-comment textarea").fill(comment);
        screenshot("progress-dialog");
        page.locator("#progress-save").click();
        assertThat(page.getByText("Avance registrado.")).isVisible();
        assertThat(page.locator("#" + buttonId)).isHidden();

        open("/" + initiativeHref);
        assertThat(page.locator("#initiative-health")).hasText("Al día");
        assertThat(page.locator("#progress-timeline")).containsText(comment);
        assertThat(page.locator("#progress-timeline")).containsText("Jorge Alvarado Cortés");
        String progressAfter = page.locator("#initiative-progress").innerText();
        assertThat(percent(progressAfter)).isGreaterThan(percent(progressBefore));
        screenshot("initiative-after-progress");

        context.clearCookies();
        logIn("gestora", DEMO_PASSWORD);
        open("/" + initiativeHref);
        assertThat(page.locator("#progress-timeline")).containsText(comment);
        assertThat(page.locator("vaadin-button[id^='record-progress-']")).hasCount(0);
        assertThat(page.locator("#edit-initiative")).hasCount(0);
        assertThat(page.locator("#add-milestone")).hasCount(0);
        screenshot("initiative-other-manager");

        open("/hoja-de-ruta");
        assertThat(page.locator("#axis-EC")).containsText("Encadenamiento con la industria");
        assertGridReadsAsATable("#initiatives-grid");
        screenshot("roadmap");

        open("/programas");
        assertThat(page.locator("#programs-grid")).containsText("Desafíos Mineros");
        assertGridReadsAsATable("#programs-grid");
        screenshot("programs");
    }

    private static int percent(String text) {
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }
}
