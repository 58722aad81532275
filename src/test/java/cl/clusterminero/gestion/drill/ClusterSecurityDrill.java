package cl.clusterminero.gestion.drill;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.TemporaryPassword;
import cl.clusterminero.gestion.security.UserDraft;
import cl.clusterminero.gestion.security.UserService;
import cl.clusterminero.gestion.security.WithAppUser;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The security rules across the two real app nodes of {@code scripts/cluster-up.sh}, over HTTP straight to each
 * node (not through HAProxy, so the test chooses the node): failed logins spread over both nodes add up to a lock,
 * and a user disabled while logged in on both nodes loses both sessions within seconds. The admin's change is made
 * through {@link UserService} in this JVM, a full application context on the same Galera cluster: neither app node
 * holds the change's session, so both must learn it from the database. Run by {@code scripts/cluster-drill.sh}
 * ({@code cluster.node1}, {@code cluster.node2}).
 */
@Tag("drill")
@IntegrationTest
@WithAppUser(value = Role.ADMIN, username = "admin")
class ClusterSecurityDrill {

    private static final String NODE1 = System.getProperty("cluster.node1", "http://127.0.0.1:18171");
    private static final String NODE2 = System.getProperty("cluster.node2", "http://127.0.0.1:18172");

    @Autowired
    UserService users;

    @Test
    void five_failures_spread_over_both_nodes_lock_the_account() throws Exception {
        TemporaryPassword user = users.create(new UserDraft("cl." + UUID.randomUUID().toString().substring(0, 8),
                "Prueba Clúster", null, Set.of(Role.BOARD)));
        String name = users.account(user.userId()).username();
        String[] nodes = {NODE1, NODE2};
        for (int i = 0; i < 4; i++) {
            assertThat(new Browser(nodes[i % 2]).logIn(name, "equivocada-" + i)).isFalse();
        }
        assertThat(new Browser(NODE2).logIn(name, user.password())).as("4 failures: not locked, a success resets")
                .isTrue();
        for (int i = 0; i < 5; i++) {
            assertThat(new Browser(nodes[i % 2]).logIn(name, "equivocada-" + i)).isFalse();
        }
        System.out.println("CLUSTER-CHECK 5 failures (3 on node 1, 2 on node 2): right password refused on node 1: "
                + !new Browser(NODE1).logIn(name, user.password()) + ", on node 2: "
                + !new Browser(NODE2).logIn(name, user.password()));
        assertThat(new Browser(NODE1).logIn(name, user.password())).as("locked on node 1").isFalse();
        assertThat(new Browser(NODE2).logIn(name, user.password())).as("locked on node 2").isFalse();
    }

    @Test
    void a_user_disabled_elsewhere_loses_her_sessions_on_both_nodes() throws Exception {
        TemporaryPassword user = users.create(new UserDraft("cl." + UUID.randomUUID().toString().substring(0, 8),
                "Prueba Clúster", null, Set.of(Role.SECRETARIAT)));
        String name = users.account(user.userId()).username();
        Browser onNode1 = new Browser(NODE1);
        Browser onNode2 = new Browser(NODE2);
        assertThat(onNode1.logIn(name, user.password())).isTrue();
        assertThat(onNode2.logIn(name, user.password())).isTrue();
        assertThat(onNode1.loggedIn()).isTrue();
        assertThat(onNode2.loggedIn()).isTrue();

        users.setEnabled(user.userId(), users.account(user.userId()).version(), false);
        long disabled = System.nanoTime();
        double node1 = -1;
        double node2 = -1;
        while ((node1 < 0 || node2 < 0) && System.nanoTime() - disabled < 30_000_000_000L) {
            if (node1 < 0 && !onNode1.loggedIn()) {
                node1 = (System.nanoTime() - disabled) / 1e9;
            }
            if (node2 < 0 && !onNode2.loggedIn()) {
                node2 = (System.nanoTime() - disabled) / 1e9;
            }
            Thread.sleep(100);
        }
        System.out.printf("CLUSTER-CHECK disabled user's session ended on node 1 after %.2f s, on node 2 after %.2f s%n",
                node1, node2);
        assertThat(node1).as("node 1").isBetween(0.0, 5.0);
        assertThat(node2).as("node 2").isBetween(0.0, 5.0);
    }

    /** One browser: its own cookies (the session), no redirects followed. */
    private static final class Browser {
        private final String base;
        private final HttpClient http;

        Browser(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        }

        /** The login form as the browser posts it (with the page's CSRF token); true when it logged in. */
        boolean logIn(String username, String password) throws Exception {
            String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
            Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page);
            assertThat(token.find() && parameter.find()).as("login page carries the CSRF token").isTrue();
            String form = "username=" + encode(username) + "&password=" + encode(password) + "&" + parameter.group(1)
                    + "=" + encode(token.group(1));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(302);
            return !response.headers().firstValue("Location").orElse("").contains("error");
        }

        /** A page of the app answers (or sends to the password change) instead of sending to the login page. */
        boolean loggedIn() throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return !(response.statusCode() == 302
                    && response.headers().firstValue("Location").orElse("").endsWith("/login"));
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
