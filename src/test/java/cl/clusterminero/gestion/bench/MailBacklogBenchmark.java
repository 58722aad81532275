package cl.clusterminero.gestion.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.localdb.EmbeddedMail;
import cl.clusterminero.gestion.notification.MailPreferences;
import cl.clusterminero.gestion.notification.NotificationService;
import cl.clusterminero.gestion.notification.OutboxSenderAccess;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.TestLogin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drains a backlog of {@code bench.mails} (default 10,000) messages through the real sender into the embedded SMTP
 * server while a user keeps saving their mail preferences, and prints the drain time and the saves' latency during
 * the drain and without it: {@code ./mvnw test -Pbenchmark -Dtest=MailBacklogBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class MailBacklogBenchmark {

    @Autowired JdbcTemplate jdbc;
    @Autowired NotificationService notifications;
    @Autowired ApplicationContext context;

    @Value("${bench.mails:10000}")
    int size;

    @Test
    void a_backlog_drains_while_saves_stay_fast() throws Exception {
        OutboxSenderAccess.sendDue(context);
        EmbeddedMail.purge();
        List<Object[]> rows = new ArrayList<>();
        String html = "<html><body><p>Hola Usuario:</p><p>" + "Texto del aviso. ".repeat(30) + "</p></body></html>";
        String text = "Hola Usuario:\n\n" + "Texto del aviso. ".repeat(30);
        String tag = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < size; i++) {
            rows.add(new Object[] {"bench:" + tag + ":" + i, "b" + i + "@bench.test", "Aviso de prueba " + i, html,
                    text});
        }
        jdbc.batchUpdate("insert into mail_outbox (kind, dedup_key, recipient, language, subject, html_body, "
                + "text_body, status, next_attempt_at, created_at) values ('ACCOUNT_LOCKED', ?, ?, 'es', ?, ?, ?, "
                + "'PENDING', utc_timestamp(6), utc_timestamp(6))", rows);

        List<Long> idle = saves(30);
        long t0 = System.nanoTime();
        CompletableFuture<Integer> drain = CompletableFuture.supplyAsync(() -> OutboxSenderAccess.sendDue(context));
        List<Long> during = new ArrayList<>();
        while (!drain.isDone()) {
            during.addAll(saves(1));
            Thread.sleep(200);
        }
        int sent = drain.get();
        double seconds = (System.nanoTime() - t0) / 1e9;

        System.out.printf("[bench] mail backlog: %d sent in %.1f s (%.0f messages/s)%n", sent, seconds,
                sent / seconds);
        System.out.printf("[bench] preference save without drain: median %d ms, p95 %d ms (%d saves)%n",
                percentile(idle, 50), percentile(idle, 95), idle.size());
        System.out.printf("[bench] preference save during drain:  median %d ms, p95 %d ms (%d saves)%n",
                percentile(during, 50), percentile(during, 95), during.size());
        assertThat(sent).isGreaterThanOrEqualTo(size);
        assertThat(EmbeddedMail.received().length).isGreaterThanOrEqualTo(size);
    }

    private List<Long> saves(int count) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            TestLogin.as(jdbc, "pm.a", Role.PROGRAM_MANAGER, () -> {
                MailPreferences mine = notifications.myPreferences();
                notifications.saveMyPreferences(mine);
                return null;
            });
            times.add((System.nanoTime() - t0) / 1_000_000);
        }
        return times;
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
