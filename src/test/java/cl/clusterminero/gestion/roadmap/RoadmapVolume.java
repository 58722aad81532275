package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A large synthetic roadmap for performance work: roadmap {@value #CODE} with five axes, ten programs, and the asked
 * number of initiatives, each with five milestones and two progress updates per milestone (10k initiatives: 50k
 * milestones, 100k updates), written with multi-row batch inserts. Running it again only adds what is missing.
 */
@Component
public class RoadmapVolume {

    public static final String CODE = "VOLUMEN";
    private static final Logger log = LoggerFactory.getLogger(RoadmapVolume.class);
    private static final int BATCH = 1_000;
    private static final int MILESTONES = 5;
    private static final String[] STATUSES = {"IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "APPROVED", "PROPOSED",
            "ON_HOLD", "COMPLETED"};

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RoadmapVolume(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Makes sure the volume roadmap has at least {@code count} initiatives; returns its id. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public long ensure(int count) {
        long began = System.nanoTime();
        Timestamp now = Timestamp.from(clock.instant());
        long roadmapId = roadmap(now);
        List<Long> axes = jdbc.queryForList("select id from strategic_axis where roadmap_id = ? order by sort_order",
                Long.class, roadmapId);
        List<Long> programs = programs(now);
        Integer existing = jdbc.queryForObject("select count(*) from initiative where roadmap_id = ?",
                Integer.class, roadmapId);
        int start = existing == null ? 0 : existing;
        Random random = new Random(7 + start);
        LocalDate today = LocalDate.now(clock);
        for (int from = start; from < count; from += BATCH) {
            int to = Math.min(count, from + BATCH);
            insertInitiatives(roadmapId, axes, programs, from, to, random, today, now);
            List<Map<String, Object>> created = jdbc.queryForList(
                    "select id from initiative where roadmap_id = ? and id > coalesce((select max(initiative_id) "
                            + "from milestone m join initiative i on i.id = m.initiative_id where i.roadmap_id = ?), 0) "
                            + "order by id", roadmapId, roadmapId);
            insertMilestonesAndUpdates(created.stream().map(row -> ((Number) row.get("id")).longValue()).toList(),
                    random, today, now);
        }
        if (start < count) {
            log.info("Volume roadmap: {} initiatives added in {} s", count - start,
                    String.format("%.1f", (System.nanoTime() - began) / 1e9));
        }
        return roadmapId;
    }

    private long roadmap(Timestamp now) {
        List<Long> found = jdbc.queryForList("select id from roadmap where code = ?", Long.class, CODE);
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        jdbc.update("insert into roadmap (code, name, description, start_year, end_year, current_roadmap) "
                + "values (?, 'Hoja de ruta de volumen', 'Datos sintéticos para medir rendimiento.', 2024, 2030, "
                + "false)", CODE);
        long id = jdbc.queryForObject("select id from roadmap where code = ?", Long.class, CODE);
        String[] names = {"Encadenamiento", "Emprendimiento", "I+D", "Capital humano", "Sostenibilidad"};
        for (int i = 0; i < names.length; i++) {
            jdbc.update("insert into strategic_axis (roadmap_id, code, name, sort_order) values (?, ?, ?, ?)", id,
                    "V" + (i + 1), names[i], i + 1);
        }
        return id;
    }

    private List<Long> programs(Timestamp now) {
        for (int i = 1; i <= 10; i++) {
            jdbc.update("insert ignore into program (code, name, status, budget_clp, created_at, updated_at, "
                    + "updated_by) values (?, ?, 'ACTIVE', 0, ?, ?, 'volumen')", "VOL-P" + i,
                    "Programa de volumen " + i, now, now);
        }
        return jdbc.queryForList("select id from program where code like 'VOL-P%' order by id", Long.class);
    }

    private void insertInitiatives(long roadmapId, List<Long> axes, List<Long> programs, int from, int to,
                                   Random random, LocalDate today, Timestamp now) {
        StringBuilder sql = new StringBuilder("insert into initiative (roadmap_id, axis_id, program_id, code, title, "
                + "owner_name, start_date, target_date, priority, status, created_at, updated_at, updated_by) values ");
        List<Object> args = new ArrayList<>();
        for (int i = from; i < to; i++) {
            sql.append(i == from ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?)");
            LocalDate start = today.minusDays(100 + random.nextInt(600));
            args.add(roadmapId);
            args.add(axes.get(i % axes.size()));
            args.add(programs.get(random.nextInt(programs.size())));
            args.add(String.format("V-%05d", i + 1));
            args.add("Iniciativa sintética " + (i + 1));
            args.add("Responsable " + (i % 300));
            args.add(Date.valueOf(start));
            args.add(Date.valueOf(start.plusDays(400 + random.nextInt(500))));
            args.add(new String[] {"HIGH", "MEDIUM", "LOW"}[random.nextInt(3)]);
            args.add(STATUSES[random.nextInt(STATUSES.length)]);
            args.add(now);
            args.add(now);
            args.add("volumen");
        }
        jdbc.update(sql.toString(), args.toArray());
    }

    private void insertMilestonesAndUpdates(List<Long> initiativeIds, Random random, LocalDate today,
                                            Timestamp now) {
        if (initiativeIds.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into milestone (initiative_id, title, due_date, weight, status, "
                + "percent_complete, completed_date, updated_at, updated_by) values ");
        List<Object> args = new ArrayList<>();
        boolean first = true;
        for (long initiativeId : initiativeIds) {
            for (int m = 0; m < MILESTONES; m++) {
                LocalDate due = today.minusDays(300).plusDays(m * 120L + random.nextInt(90));
                boolean past = due.isBefore(today);
                int roll = random.nextInt(10);
                String status = past ? (roll < 7 ? "DONE" : roll < 9 ? "IN_PROGRESS" : "BLOCKED")
                        : (roll < 6 ? "PENDING" : "IN_PROGRESS");
                int percent = status.equals("DONE") ? 100 : status.equals("PENDING") ? 0 : 10 + random.nextInt(80);
                sql.append(first ? "" : ",").append("(?,?,?,?,?,?,?,?,?)");
                first = false;
                args.add(initiativeId);
                args.add("Hito " + (m + 1));
                args.add(Date.valueOf(due));
                args.add(1 + random.nextInt(3));
                args.add(status);
                args.add(percent);
                args.add(status.equals("DONE") ? Date.valueOf(due) : null);
                args.add(now);
                args.add("volumen");
            }
        }
        jdbc.update(sql.toString(), args.toArray());
        jdbc.update("""
                insert into progress_update (milestone_id, initiative_id, update_date, old_status, new_status,
                       old_percent, new_percent, comment, author, author_name, created_at)
                select m.id, m.initiative_id, date_sub(m.due_date, interval 30 day), 'PENDING', 'IN_PROGRESS', 0,
                       least(m.percent_complete, 50), 'Inicio de actividades.', 'volumen', 'Datos de volumen',
                       timestamp(date_sub(m.due_date, interval 30 day))
                from milestone m where m.initiative_id between ? and ?
                union all
                select m.id, m.initiative_id, m.due_date, 'IN_PROGRESS', m.status, least(m.percent_complete, 50),
                       m.percent_complete, 'Avance informado.', 'volumen', 'Datos de volumen', timestamp(m.due_date)
                from milestone m where m.initiative_id between ? and ?
                """, initiativeIds.getFirst(), initiativeIds.getLast(), initiativeIds.getFirst(),
                initiativeIds.getLast());
    }
}
