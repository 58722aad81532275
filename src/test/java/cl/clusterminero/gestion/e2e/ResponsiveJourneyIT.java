package cl.clusterminero.gestion.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every screen at a phone's (390 × 844), a tablet's (1024 × 768) and a laptop's (1366 × 768) size, as the admin (who
 * may open all of them): a screenshot each under target/screenshots/responsive/, nothing wider than the screen, and
 * no critical or serious WCAG 2.1 A/AA violation found by axe-core.
 */
class ResponsiveJourneyIT extends BrowserTest {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ParameterizedTest(name = "{0}: {1} × {2}")
    @CsvSource({"phone,390,844", "tablet,1024,768", "laptop,1366,768"})
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void every_screen_fits_the_screen_and_has_no_serious_accessibility_violation(String device, int width,
                                                                                  int height) {
        page.setViewportSize(width, height);
        List<String> problems = new ArrayList<>();
        open("/login");
        check(device, "login", problems);
        logIn("admin", DEMO_PASSWORD);

        for (Map.Entry<String, String> screen : screens().entrySet()) {
            open(screen.getValue());
            check(device, screen.getKey(), problems);
        }
        page.locator("#global-search-button").click();
        page.locator("#global-search-field input").fill("minera");
        assertThat(page.locator("#global-search-results a").first()).isVisible();
        check(device, "global-search", problems);
        page.keyboard().press("Escape");
        assertThat(page.locator("#global-search-field")).isHidden();
        waitForVaadin();
        if (width < 600) {
            // On a phone the drawer covers the view: it opens from the toggle and closes once a page is chosen.
            page.locator("vaadin-drawer-toggle").click();
            assertThat(page.locator("vaadin-app-layout")).hasAttribute("drawer-opened", "");
            check(device, "drawer", problems);
            page.locator("#side-nav vaadin-side-nav-item[path$='socios']").click();
            page.waitForURL(Pattern.compile(".*/socios$"));
            assertThat(page.locator("vaadin-app-layout")).not().hasAttribute("drawer-opened", "");
        }
        assertThat(problems).as("problems at " + width + " × " + height).isEmpty();
    }

    private Map<String, String> screens() {
        Map<String, String> screens = new LinkedHashMap<>();
        screens.put("home", "/");
        screens.put("roadmap", "/hoja-de-ruta");
        screens.put("initiative", "/iniciativas/" + app.queryLong("select min(id) from initiative"));
        screens.put("programs", "/programas");
        screens.put("program", "/programas/" + app.queryLong("select min(id) from program"));
        screens.put("members", "/socios");
        screens.put("member", "/socios/" + app.queryLong("select min(member_id) from local_purchase_report"));
        screens.put("member-new", "/socios/nuevo");
        screens.put("members-import", "/socios/importar");
        screens.put("purchases", "/compras-locales");
        screens.put("purchase", "/compras-locales/" + app.queryLong("select min(id) from local_purchase_report"));
        screens.put("purchases-cluster", "/compras-locales/cluster");
        screens.put("purchases-company", "/compras-locales/socio/"
                + app.queryLong("select min(member_id) from local_purchase_report"));
        screens.put("purchases-import", "/compras-locales/importar");
        screens.put("my-milestones", "/mis-hitos");
        screens.put("my-resolutions", "/mis-acuerdos");
        screens.put("review-queue", "/directorio/revisiones");
        screens.put("meetings", "/directorio/sesiones");
        screens.put("meeting", "/directorio/sesiones/" + app.queryLong("select min(id) from board_meeting"));
        screens.put("roadmaps", "/hojas-de-ruta");
        screens.put("users", "/usuarios");
        screens.put("audit", "/auditoria");
        screens.put("change-password", "/cambiar-contrasena");
        screens.put("activities", "/actividades");
        screens.put("activities-coming", "/actividades/proximas");
        long held = app.queryLong("select min(id) from activity where status = 'HELD'");
        screens.put("activity", "/actividades/" + held);
        screens.put("activity-attendance-import", "/actividades/" + held + "/asistencia");
        screens.put("challenges", "/desafios");
        screens.put("challenge", "/desafios/" + app.queryLong("select min(id) from challenge"));
        screens.put("indicators", "/indicadores");
        screens.put("mail-preferences", "/preferencias");
        screens.put("outbox", "/correos");
        return screens;
    }

    /**
     * One finding is Vaadin's, not the app's, and is left out by its exact shape: on the member page's tab sheet axe
     * reports aria-required-children on {@code vaadin-tabs} because its own shadow template wraps the tabs' slot in
     * {@code <div id="scroll" part="tabs" tabindex="-1">}, and a {@code tabindex="-1"} element is programmatically
     * focusable, so axe keeps it in the accessibility tree as a child of the tablist (axe-core's maintainers on
     * tabindex="-1": dequelabs/axe-core#3850, #4833). Every other rule still runs on the tabs and their labels.
     */
    private static boolean isVaadinTabsScrollWrapper(Rule violation) {
        return "aria-required-children".equals(violation.getId()) && violation.getNodes().stream().allMatch(node ->
                node.getTarget().toString().equals("[vaadin-tabs]")
                        && node.getFailureSummary() != null
                        && node.getFailureSummary().contains(
                                "Element has children which are not allowed: div[tabindex]"));
    }

    private void check(String device, String screen, List<String> problems) {
        screenshot("responsive/" + device + "-" + screen);
        Number overflow = (Number) page.evaluate(
                "() => document.documentElement.scrollWidth - window.innerWidth");
        if (overflow.intValue() > 0) {
            problems.add(screen + ": " + overflow + " px wider than the screen");
        }
        for (Rule violation : new AxeBuilder(page).withTags(WCAG).analyze().getViolations()) {
            if (("critical".equals(violation.getImpact()) || "serious".equals(violation.getImpact()))
                    && !isVaadinTabsScrollWrapper(violation)) {
                problems.add(screen + ": axe " + violation.getImpact() + " " + violation.getId() + " ("
                        + violation.getNodes().size() + "×, e.g. " + violation.getNodes().getFirst().getTarget()
                        + ")");
            }
        }
    }
}
