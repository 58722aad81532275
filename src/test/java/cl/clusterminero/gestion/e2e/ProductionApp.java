package cl.clusterminero.gestion.e2e;

import cl.clusterminero.gestion.localdb.EmbeddedMariaDb;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The production jar, started once for all browser tests of this JVM with the demo profile, against the MariaDB
 * server of the test command (SPRING_DATASOURCE_URL) or else the embedded one.
 */
final class ProductionApp {

    private static ProductionApp instance;

    private final Process process;
    private final String baseUrl;
    private final String[] database;

    private ProductionApp(Process process, String baseUrl, String... database) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.database = database;
    }

    /** One number from the app's database, e.g. the id of a demo row a journey opens by address. */
    long queryLong(String sql) {
        try (Connection connection = DriverManager.getConnection(database[0], database[1],
                database[2]);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static synchronized ProductionApp get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    String url(String path) {
        return baseUrl + path;
    }

    private static ProductionApp start() {
        Path jar = Path.of(System.getProperty("app.jar", "target/gestion-cluster-0.1.0-SNAPSHOT.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No production jar at " + jar + ": run './mvnw -Pproduction verify'");
        }
        try {
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-jar", jar.toString(),
                    "--spring.profiles.active=demo",
                    "--server.port=" + port,
                    "--server.address=127.0.0.1"));
            ProcessBuilder builder = new ProcessBuilder(command);
            Map<String, String> env = builder.environment();
            String external = System.getenv("SPRING_DATASOURCE_URL");
            if (external != null && !external.isBlank()) {
                env.put("SPRING_DATASOURCE_URL", freshE2eDatabase(external,
                        System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", ""),
                        System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "")));
            } else {
                String embedded = EmbeddedMariaDb.start(
                        Path.of(System.getProperty("app.embedded-db.dir", "target/embedded-mariadb")));
                env.put("SPRING_DATASOURCE_USERNAME", "root");
                env.put("SPRING_DATASOURCE_PASSWORD", "");
                env.put("SPRING_DATASOURCE_URL", freshE2eDatabase(embedded, "root", ""));
            }
            File log = Path.of("target", "e2e-app.log").toFile();
            builder.redirectErrorStream(true).redirectOutput(log);
            Process process = builder.start();
            String baseUrl = "http://127.0.0.1:" + port;
            waitForLoginPage(process, baseUrl, log);
            System.out.println("[gestion] Production jar serving " + baseUrl + " against " + env.get(
                    "SPRING_DATASOURCE_URL") + " (log in " + log + ")");
            return new ProductionApp(process, baseUrl, env.get("SPRING_DATASOURCE_URL"),
                    env.getOrDefault("SPRING_DATASOURCE_USERNAME", ""),
                    env.getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the production jar", e);
        }
    }

    /**
     * The browser journeys run the demo data set on a database of their own next to the tests' one
     * ({@code <name>_e2e} on the same server, recreated each run), so that what the tests created does not crowd
     * the screens the journeys look at.
     */
    private static String freshE2eDatabase(String url, String username, String password) {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
        String e2eName = name + "_e2e";
        String e2eUrl = url.substring(0, slash + 1) + e2eName + (query < 0 ? "" : url.substring(query));
        try (Connection connection = DriverManager.getConnection(url, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + e2eName + "`");
            statement.execute("CREATE DATABASE `" + e2eName + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the browser tests' database " + e2eName
                    + " (grant the test user all privileges on it)", e);
        }
        return e2eUrl;
    }

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(300);

    private static void waitForLoginPage(Process process, String baseUrl, File log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // Ready, not merely listening: the demo data is seeded after the web server starts.
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        // A quiet machine starts the jar in 15-25 s; a 2-core machine busy with other builds has taken over 120 s.
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The production jar exited with " + process.exitValue()
                        + "; see " + log);
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        process.destroyForcibly();
        throw new IllegalStateException("The production jar did not serve the login page within "
                + STARTUP_LIMIT.toSeconds() + " s; see " + log);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(TimeUnit.SECONDS.toMillis(15),
                    TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
