package cl.clusterminero.gestion.operations;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At startup, reads MariaDB's durability settings and refuses to start when a commit the application has been told
 * succeeded could be lost in a crash of the database server: {@code innodb_flush_log_at_trx_commit} must be 1 (the
 * redo log is written and flushed at every commit); with the binary log on, {@code sync_binlog} must be 1 as well
 * (otherwise a crash can lose transactions from the binlog that replicas and point-in-time recovery rely on).
 * <p>
 * {@code app.db.durability-check=refuse} (the default) stops the start; {@code warn} only logs the error, for
 * throw-away environments that trade durability for speed on purpose; {@code skip} does not query the database at
 * all and says so in the log: only for the AOT cache's training run (Dockerfile, scripts/aot-cache.sh), which starts
 * the application without any database reachable.
 */
@Component
class DurabilityCheck implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DurabilityCheck.class);

    private final JdbcTemplate jdbc;
    private final String mode;

    DurabilityCheck(DataSource dataSource, @Value("${app.db.durability-check:refuse}") String mode) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.mode = mode;
    }

    @Override
    public void afterPropertiesSet() {
        if (skipped(mode)) {
            log.warn("MariaDB durability NOT checked (app.db.durability-check=skip): only the AOT cache's training "
                    + "run, which has no database, may start like this");
            return;
        }
        List<String> problems = problems(
                jdbc.queryForObject("select @@innodb_flush_log_at_trx_commit", String.class),
                jdbc.queryForObject("select @@log_bin", String.class),
                jdbc.queryForObject("select @@sync_binlog", String.class));
        if (problems.isEmpty()) {
            log.info("MariaDB durability: innodb_flush_log_at_trx_commit=1; every acknowledged commit survives a "
                    + "crash of the database server");
            return;
        }
        String message = "MariaDB may lose acknowledged commits in a crash: " + String.join("; ", problems)
                + ". Fix the server's settings, or start with app.db.durability-check=warn to accept the risk.";
        if ("warn".equalsIgnoreCase(mode)) {
            log.error(message);
        } else {
            throw new IllegalStateException(message);
        }
    }

    static boolean skipped(String mode) {
        return "skip".equalsIgnoreCase(mode);
    }

    static List<String> problems(String flushLogAtTrxCommit, String logBin, String syncBinlog) {
        List<String> problems = new ArrayList<>();
        if (!"1".equals(flushLogAtTrxCommit)) {
            problems.add("innodb_flush_log_at_trx_commit=" + flushLogAtTrxCommit + " (must be 1)");
        }
        boolean binlogOn = "1".equals(logBin) || "ON".equalsIgnoreCase(logBin);
        if (binlogOn && !"1".equals(syncBinlog)) {
            problems.add("log_bin is on with sync_binlog=" + syncBinlog + " (must be 1)");
        }
        return problems;
    }
}
