package cl.clusterminero.gestion.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A board member's day: the dashboard's pictures, the alerts, the review queue, an approval with a comment that the
 * initiative then shows, the roadmap status report and a meeting's minutes as PDFs, and their own resolutions.
 */
class BoardJourneyIT extends BrowserTest {

    @Test
    void a_board_member_approves_a_queued_initiative_and_the_initiative_shows_the_decision() throws Exception {
        logIn("directorio", DEMO_PASSWORD);
        assertThat(page.locator("#dashboard-axis-EC")).isVisible();
        assertThat(page.locator("#dashboard-health-DELAYED")).isVisible();
        assertThat(page.locator("#dashboard-purchases-share")).isVisible();
        assertThat(page.locator("#alerts-count")).isVisible();
        screenshot("dashboard-board");
        page.locator("#alerts-button").click();
        assertThat(page.locator("#alerts-list")).containsText("decisión del directorio");
        screenshot("alerts");
        page.keyboard().press("Escape");

        open("/directorio/revisiones");
        Locator proposal = page.locator("#review-queue-grid a").filter(new Locator.FilterOptions()
                .setHasText("ID-03 ·"));
        assertThat(proposal).isVisible();
        String initiativeId = proposal.getAttribute("href").replaceAll("\\D", "");
        screenshot("review-queue");

        page.locator("#review-" + initiativeId).click();
        page.locator("#review-decision vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("Aprobada")).click();
        String comment = "Aprobada con financiamiento GORE " + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#review-comment textarea").fill(comment);
        screenshot("review-dialog");
        page.locator("#review-save").click();

        assertThat(page.getByText("Revisión registrada.")).isVisible();
        assertThat(page.locator("#initiative-title")).containsText("ID-03");
        assertThat(page.locator("#review-history")).containsText(comment);
        assertThat(page.locator("#review-history")).containsText("Aprobada");
        assertThat(page.locator("#review-history")).containsText("María José Rojas Castillo");
        assertThat(page.locator("#decision-flag")).isHidden();
        assertThat(page.locator(".initiative-header .status-badge").first()).hasText("Aprobada");
        screenshot("initiative-approved");

        open("/directorio/revisiones");
        assertThat(page.locator("#review-queue-grid")).not().containsText("ID-03 ·");

        open("/hoja-de-ruta");
        Download report = page.waitForDownload(() -> page.locator("#status-report-pdf").click());
        assertThat(new String(Files.readAllBytes(report.path()), 0, 5)).isEqualTo("%PDF-");

        open("/directorio/sesiones");
        assertThat(page.locator("#meetings-grid")).containsText("Extraordinaria");
        screenshot("meetings");
        page.locator("#meetings-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Videoconferencia")).click();
        assertThat(page.locator("#meeting-title")).containsText("Sesión Extraordinaria");
        assertThat(page.locator("#resolutions-grid")).containsText("Sierra Gorda");
        screenshot("meeting");
        Download minutes = page.waitForDownload(() -> page.locator("#minutes-pdf").click());
        assertThat(minutes.suggestedFilename()).startsWith("acta-directorio-");
        assertThat(Files.size(minutes.path())).isGreaterThan(1000);

        open("/compras-locales/cluster");
        assertThat(page.locator("body")).containsText("Meta");
        screenshot("purchases-cluster");
        open("/compras-locales");
        assertGridReadsAsATable("#purchases-grid");
        screenshot("purchases-ledger");

        open("/mis-acuerdos");
        assertThat(page.locator("#my-resolutions-grid")).containsText("Gobierno Regional");
        screenshot("my-resolutions");
    }
}
