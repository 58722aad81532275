package cl.clusterminero.gestion.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.CDPSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The first visit over a mobile network, as Chromium's DevTools throttle it: the login page from a cold cache, then
 * logging in until the board's dashboard is usable (its figures shown and Vaadin idle). Bytes are what crossed the
 * wire (compressed, headers included), counted from the DevTools protocol's loadingFinished events. A separate
 * command, not part of the test command (see docs/performance.md):
 * {@code ./mvnw -Pproduction -DskipTests package && ./mvnw test -Pbenchmark -Dtest=FirstLoadBenchmark}.
 */
@Tag("benchmark")
class FirstLoadBenchmark extends BrowserTest {

    /** name, round-trip latency (ms), download and upload (bits per second): Chromium DevTools' presets. */
    private static final Object[][] NETWORKS = {
            {"fast 4G", 60, 9_000_000, 1_500_000},
            {"slow 4G", 150, 1_600_000, 750_000},
    };
    private static final int RUNS = 5;

    @Test
    void first_load_and_login_to_a_usable_dashboard_over_mobile_networks() {
        for (Object[] network : NETWORKS) {
            List<Long> loginPageMs = new ArrayList<>();
            List<Long> dashboardMs = new ArrayList<>();
            long loginPageBytes = 0;
            long dashboardBytes = 0;
            for (int run = 0; run < RUNS; run++) {
                // A fresh context per run: empty cache and cookies, like a first visit.
                context.close();
                context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
                context.setDefaultTimeout(60_000);
                page = context.newPage();
                CDPSession cdp = context.newCDPSession(page);
                cdp.send("Network.enable");
                JsonObject conditions = new JsonObject();
                conditions.addProperty("offline", false);
                conditions.addProperty("latency", (int) network[1]);
                conditions.addProperty("downloadThroughput", (int) network[2] / 8);
                conditions.addProperty("uploadThroughput", (int) network[3] / 8);
                cdp.send("Network.emulateNetworkConditions", conditions);
                AtomicLong bytes = new AtomicLong();
                cdp.on("Network.loadingFinished", event -> bytes.addAndGet(
                        event.get("encodedDataLength").getAsLong()));

                long start = System.nanoTime();
                open("/login");
                assertThat(page.locator("input[name='username']")).isVisible();
                loginPageMs.add((System.nanoTime() - start) / 1_000_000);
                loginPageBytes = bytes.getAndSet(0);

                page.locator("input[name='username']").fill("directorio");
                page.locator("input[name='password']").fill(DEMO_PASSWORD);
                start = System.nanoTime();
                page.locator("input[name='password']").press("Enter");
                assertThat(page.locator("#dashboard-axis-EC")).isVisible();
                waitForVaadin();
                dashboardMs.add((System.nanoTime() - start) / 1_000_000);
                dashboardBytes = bytes.get();
                cdp.detach();
            }
            Collections.sort(loginPageMs);
            Collections.sort(dashboardMs);
            System.out.printf("[bench] %s: login page %d ms (median of %d; %s), %.1f kB; login to usable dashboard "
                            + "%d ms (median; %s), %.1f kB; first visit total %.1f kB%n", network[0],
                    loginPageMs.get(RUNS / 2), RUNS, loginPageMs, loginPageBytes / 1024.0, dashboardMs.get(RUNS / 2),
                    dashboardMs, dashboardBytes / 1024.0, (loginPageBytes + dashboardBytes) / 1024.0);
        }
    }
}
