package cl.clusterminero.gestion.activity;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Synthetic activities for performance work on top of the synthetic registry ({@code MemberVolume}): about one
 * activity per 20 participations over 2021–2026 (mostly held), 20 contacts of consecutive members registered to
 * each (two in three attended), 40 meetings in each business round and a challenge per 100 activities, written
 * straight into the tables and marked {@code volumen}; running it again only adds what is missing.
 */
@Component
public class ActivityVolume {

    public static final String MARK = "volumen";
    private static final Logger log = LoggerFactory.getLogger(ActivityVolume.class);
    private static final int PER_ACTIVITY = 20;
    private static final int MEETINGS_PER_ROUND = 40;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ActivityVolume(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Makes sure about {@code participations} synthetic participations exist; returns how many activities it added. */
    public int ensure(int participations) {
        int wanted = participations / PER_ACTIVITY;
        Integer existing = jdbc.queryForObject("select count(*) from activity where updated_by = ?", Integer.class,
                MARK);
        if (existing != null && existing >= wanted) {
            return 0;
        }
        long began = System.nanoTime();
        long organiser = jdbc.queryForObject("select min(id) from app_user", Long.class);
        long[] contactRange = jdbc.queryForObject("select min(c.id), max(c.id) from contact c join member m on"
                + " m.id = c.member_id where m.created_by = 'volumen'", (rs, n) -> new long[] {rs.getLong(1),
                rs.getLong(2)});
        long[] memberRange = jdbc.queryForObject("select min(id), max(id) from member where created_by = 'volumen'",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
        Random random = new Random(7);
        Timestamp now = Timestamp.from(clock.instant());
        LocalDateTime first = LocalDateTime.of(2021, 1, 4, 9, 0);
        ActivityKind[] kinds = ActivityKind.values();
        for (int i = existing == null ? 0 : existing; i < wanted; i++) {
            ActivityKind kind = kinds[i % kinds.length];
            LocalDateTime start = first.plusHours((long) i * 6 * 365 * 24 / Math.max(1, wanted));
            String status = start.isBefore(LocalDateTime.now(clock)) ? (i % 25 == 0 ? "CANCELLED" : "HELD") : "OPEN";
            jdbc.update("insert into activity (kind, title, starts_at, ends_at, organiser_id, capacity, status,"
                    + " created_at, updated_at, updated_by) values (?, ?, ?, ?, ?, 100, ?, ?, ?, ?)", kind.name(),
                    "Actividad de volumen " + i, start, start.plusHours(3), organiser, status, now, now, MARK);
            long activity = jdbc.queryForObject("select last_insert_id()", Long.class);
            long from = contactRange[0] + (long) random.nextInt((int) Math.max(1, contactRange[1] - contactRange[0]
                    - PER_ACTIVITY));
            jdbc.update("insert ignore into participation (activity_id, member_id, contact_id, attendance,"
                    + " registered_at, registered_by) select ?, c.member_id, c.id, case when ? <> 'HELD' then null"
                    + " when c.id % 3 = 0 then 'ABSENT' else 'ATTENDED' end, ?, ? from contact c"
                    + " where c.id >= ? and c.id < ?", activity, status, now, MARK, from, from + PER_ACTIVITY);
            if (kind == ActivityKind.BUSINESS_ROUND) {
                StringBuilder sql = new StringBuilder("insert ignore into business_meeting (activity_id, mining_company_id,"
                        + " supplier_id, table_number, slot_start, outcome, contract_amount, created_at, updated_at,"
                        + " updated_by) values ");
                List<Object> args = new ArrayList<>();
                String[] outcomes = {null, "NO_FOLLOW_UP", "FOLLOW_UP", "QUOTATION", "CONTRACT"};
                for (int m = 0; m < MEETINGS_PER_ROUND; m++) {
                    String outcome = "HELD".equals(status) ? outcomes[m % outcomes.length] : null;
                    sql.append(m == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?)");
                    long mining = memberRange[0] + random.nextInt((int) (memberRange[1] - memberRange[0]));
                    args.addAll(List.of(activity, mining, mining + 1, 1 + m % 10,
                            Time.valueOf(LocalTime.of(9, 0).plusMinutes(20L * (m / 10)))));
                    args.add(outcome);
                    args.add("CONTRACT".equals(outcome) ? 1_000_000L * (1 + random.nextInt(50)) : null);
                    args.addAll(List.of(now, now, MARK));
                }
                jdbc.update(sql.toString(), args.toArray());
            }
            if (i % 100 == 0) {
                long mining = memberRange[0] + random.nextInt((int) (memberRange[1] - memberRange[0]));
                Timestamp published = Timestamp.valueOf(start);
                jdbc.update("insert into challenge (mining_company_id, title, problem, operation, deadline, status,"
                        + " status_changed_at, status_changed_by, created_at) values (?, ?, 'Problema de volumen',"
                        + " 'Faena', ?, ?, ?, ?, ?)", mining, "Desafío de volumen " + i, start.toLocalDate()
                        .plusMonths(2), i % 300 == 0 ? "AWARDED" : "PUBLISHED", published, MARK, published);
            }
            if (i % 1000 == 0) {
                log.info("Synthetic activities: {} of {}", i, wanted);
            }
        }
        log.info("Added synthetic activities up to {} in {} s", wanted, (System.nanoTime() - began) / 1_000_000_000);
        return wanted - (existing == null ? 0 : existing);
    }
}
