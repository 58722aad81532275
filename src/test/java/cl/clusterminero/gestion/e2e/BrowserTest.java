package cl.clusterminero.gestion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the browser journeys: Debian's Chromium driven by Playwright (no browser download), a fresh browser
 * context per test, and a screenshot of every view visited under target/screenshots.
 */
abstract class BrowserTest {

    static final String DEMO_PASSWORD = "Salar-de-Atacama-2025";
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    static Playwright playwright;
    static Browser browser;
    static ProductionApp app;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void startBrowserAndApp() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Browser tests skipped: no Chromium at " + CHROMIUM
                + ". Install it with 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH).");
        app = ProductionApp.get();
        // Assertions wait as long as actions do (5 s by default): on a busy 2-core machine a view can take longer.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    void open(String path) {
        page.navigate(app.url(path));
        waitForVaadin();
    }

    void logIn(String username, String password) {
        open("/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
        page.waitForLoadState();
        waitForVaadin();
    }

    /** Waits until Vaadin has no request in flight, so that screenshots and assertions see the finished view. */
    void waitForVaadin() {
        waitForVaadin(page);
    }

    /** The same for a second page of the journey (another user's browser). */
    static void waitForVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /**
     * Checks that a grid reads as a table at the test's 1366-pixel width: each column's header starts and ends where
     * its cells do (widths in em, relative to each cell's own font size, once put the headers out of line), and no
     * column is pushed out of sight to the right.
     */
    void assertGridReadsAsATable(String selector) {
        waitUntilSettled();
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) page.evaluate("""
                selector => {
                  const table = document.querySelector(selector).shadowRoot.querySelector('table');
                  const headers = [...table.querySelectorAll('thead tr:first-child th')];
                  const cells = [...table.querySelectorAll('tbody#items tr:first-child td')];
                  const problems = [];
                  headers.forEach((header, i) => {
                    const h = header.getBoundingClientRect(), c = cells[i].getBoundingClientRect();
                    if (Math.abs(h.left - c.left) > 1 || Math.abs(h.width - c.width) > 1) {
                      problems.push('column ' + (i + 1) + ': header ' + Math.round(h.left) + '+' + Math.round(h.width)
                          + ', cells ' + Math.round(c.left) + '+' + Math.round(c.width));
                    }
                  });
                  if (table.scrollWidth > table.clientWidth + 1) {
                    problems.push('wider than the screen by ' + (table.scrollWidth - table.clientWidth) + ' px');
                  }
                  return problems;
                }""", selector);
        assertThat(problems).as(selector).isEmpty();
    }

    /**
     * Saves what the user sees once it has settled: every grid on the page has its rows and has sized its
     * auto-width columns (it does so a frame or two after the rows arrive).
     */
    void screenshot(String name) {
        waitUntilSettled();
        Path dir = Path.of(System.getProperty("app.screenshots", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }

    private void waitUntilSettled() {
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-grid')]"
                + ".every(grid => !grid.hasAttribute('loading'))");
        page.evaluate("() => new Promise(settled => requestAnimationFrame(() => requestAnimationFrame(settled)))");
    }
}
