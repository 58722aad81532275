package cl.clusterminero.gestion.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The secretariat creates an activity that was held, registers a member's contact and records attendance; a board
 * member then reads the activities, the activity's page without editing controls, and downloads its .ics.
 */
class ActivityJourneyIT extends BrowserTest {

    @Test
    void the_secretary_records_a_held_activity_with_attendance_and_the_board_reads_it() throws Exception {
        logIn("secretaria", DEMO_PASSWORD);
        open("/actividades");
        assertThat(page.locator("#activities-grid")).containsText("Rueda de negocios");
        assertGridReadsAsATable("#activities-grid");
        screenshot("activities");

        page.locator("#new-activity").click();
        String title = "Taller de proveedores " + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#activity-title-field input").fill(title);
        String day = LocalDate.now().minusDays(2).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        page.locator("#activity-starts vaadin-date-picker input").fill(day);
        page.locator("#activity-starts vaadin-date-picker input").press("Enter");
        page.locator("#activity-starts vaadin-time-picker input").fill("09:30");
        page.locator("#activity-starts vaadin-time-picker input").press("Enter");
        page.locator("#activity-place input").fill("Sede de la Corporación, Antofagasta");
        page.locator("#activity-status").click();
        option("Realizada").click();
        screenshot("activity-dialog");
        page.locator("#activity-save").click();
        assertThat(page.locator("#activity-dialog")).isHidden();
        waitForVaadin();

        assertThat(page.locator("#activity-title")).hasText(title);
        assertThat(page.locator("#activity-facts")).containsText("Realizada");
        page.locator("#register-member input").fill("Maestranza");
        page.locator("vaadin-combo-box-item:visible").first().click();
        waitForVaadin();
        page.locator("#register-contact input").click();
        page.locator("vaadin-combo-box-item:visible").first().click();
        page.locator("#register-contact-button").click();
        assertThat(page.getByText("Contacto inscrito.")).isVisible();
        assertThat(page.locator("#activity-facts")).containsText("1 de 30");
        page.locator("#participants-grid vaadin-select").first().click();
        option("Asistió").click();
        assertThat(page.getByText("Asistencia registrada.")).isVisible();
        screenshot("activity-attendance");

        page.context().clearCookies();
        logIn("directorio", DEMO_PASSWORD);
        open("/actividades");
        assertThat(page.locator("#new-activity")).hasCount(0);
        page.locator("#activities-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(title)).click();
        assertThat(page.locator("#activity-title")).hasText(title);
        assertThat(page.locator("#edit-activity")).hasCount(0);
        assertThat(page.locator("#participants-grid")).containsText("Asistió");
        Download ics = page.waitForDownload(() -> page.locator("#activity-ics").click());
        assertThat(new String(Files.readAllBytes(ics.path()))).startsWith("BEGIN:VCALENDAR").contains(title);
        screenshot("activity-board");
        open("/actividades/proximas");
        screenshot("activities-coming");
        open("/desafios");
        assertThat(page.locator("#challenges-grid")).containsText("correas");
        screenshot("challenges");

        // The board reads the year's indicators; a figure opens the list behind it, filtered the same way.
        open("/indicadores");
        assertThat(page.locator("#indicators-activities")).isVisible();
        assertThat(page.locator("#indicator-participation-rate")).containsText("%");
        screenshot("indicators");
        page.locator("#indicator-link-activities-held").click();
        page.waitForURL(Pattern.compile(".*/actividades\\?.*estado=HELD.*"));
        assertThat(page.locator("#activities-grid")).isVisible();

        // A program manager runs the activities of his programs, and only those.
        page.context().clearCookies();
        logIn("gestor", DEMO_PASSWORD);
        openActivity("Mesa de trabajo de compras locales");
        assertThat(page.locator("#activity-title")).hasText("Mesa de trabajo de compras locales");
        assertThat(page.locator("#edit-activity")).hasCount(0);
        openActivity("Taller de proveedores: economía circular en faenas");
        page.locator("#edit-activity").click();
        String place = "Sala del clúster " + UUID.randomUUID().toString().substring(0, 4);
        page.locator("#activity-place input").fill(place);
        page.locator("#activity-save").click();
        assertThat(page.getByText("Actividad guardada.")).isVisible();
        assertThat(page.locator("#activity-facts")).containsText(place);
        screenshot("activity-manager");
    }

    private void openActivity(String title) {
        open("/actividades");
        page.locator("#activities-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(title)).first().click();
        page.waitForURL(Pattern.compile(".*/actividades/\\d+$"));
    }

    /** The choice of the select that is open: closed selects keep their items in the page too, but hidden. */
    private Locator option(String label) {
        return page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true));
    }
}
