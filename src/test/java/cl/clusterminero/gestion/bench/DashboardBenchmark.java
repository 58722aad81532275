package cl.clusterminero.gestion.bench;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.roadmap.Health;
import cl.clusterminero.gestion.roadmap.InitiativeFilter;
import cl.clusterminero.gestion.roadmap.ReviewService;
import cl.clusterminero.gestion.roadmap.RoadmapService;
import cl.clusterminero.gestion.roadmap.RoadmapVolume;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the dashboard and the roadmap grid at a given roadmap size, through the real services against MariaDB:
 * {@code ./mvnw test -Pbenchmark -Dtest=DashboardBenchmark -Dbench.initiatives=10000}. Prints median and p95 of
 * 20 runs per query.
 */
@Tag("benchmark")
@IntegrationTest
@WithAppUser({Role.BOARD, Role.ADMIN})
class DashboardBenchmark {

    @Autowired RoadmapService roadmapService;
    @Autowired ReviewService reviewService;
    @Autowired RoadmapVolume volume;
    @Autowired JdbcTemplate jdbc;

    @Value("${bench.initiatives:10000}")
    int size;

    @Test
    void dashboard_and_roadmap_grid_queries() {
        long t0 = System.nanoTime();
        long roadmap = volume.ensure(size);
        System.out.printf("[bench] volume roadmap: %d initiatives, %d milestones, %d progress updates (%.1f s)%n",
                jdbc.queryForObject("select count(*) from initiative where roadmap_id = ?", Long.class, roadmap),
                jdbc.queryForObject("select count(*) from milestone m join initiative i on i.id = m.initiative_id "
                        + "where i.roadmap_id = ?", Long.class, roadmap),
                jdbc.queryForObject("select count(*) from progress_update", Long.class),
                (System.nanoTime() - t0) / 1e9);
        jdbc.execute("analyze table initiative, milestone, progress_update");

        time("dashboard summary (5 aggregates)", () -> roadmapService.summary(roadmap));
        time("axis progress", () -> roadmapService.axisProgress(roadmap));
        InitiativeFilter live = InitiativeFilter.of(roadmap);
        time("initiatives by health", () -> roadmapService.countInitiatives(new InitiativeFilter(roadmap, null, null,
                null, Health.AT_RISK, null)));
        InitiativeFilter all = InitiativeFilter.of(roadmap);
        time("initiatives first page by code", () -> roadmapService.initiatives(all, PageRequest.of(0, 50,
                Sort.by("code"))));
        time("initiatives count", () -> roadmapService.countInitiatives(all));
        InitiativeFilter delayed = new InitiativeFilter(roadmap, null, null, null, Health.DELAYED, null);
        time("delayed initiatives first page", () -> roadmapService.initiatives(delayed, PageRequest.of(0, 50,
                Sort.by("code"))));
        time("initiatives page 100 by progress desc", () -> roadmapService.initiatives(all, PageRequest.of(100, 50,
                Sort.by(Sort.Direction.DESC, "progress"))));
        time("review queue first page", () -> reviewService.queue(PageRequest.of(0, 50)));

        String today = "'" + LocalDate.now() + "'";
        analyze("select i.id, i.code, i.ms_progress from initiative i join strategic_axis a on a.id = i.axis_id "
                + "left join program p on p.id = i.program_id where i.roadmap_id = " + roadmap
                + " order by i.code limit 50");
        analyze("select * from (select i.id, i.code, i.title, i.axis_id, a.name as axis_name, p.name as program_name, "
                + "i.status, i.priority, i.owner_name, i.target_date, i.roadmap_id, i.program_id, i.ms_progress as "
                + "progress, i.ms_count as milestones, case when i.status in ('COMPLETED', 'CANCELLED') or "
                + "i.ms_count = 0 then 'ON_TRACK' when i.open_min_due < " + today + " then 'DELAYED' when "
                + "i.blocked_count > 0 or i.weak_min_due <= " + today + " then 'AT_RISK' else 'ON_TRACK' end as "
                + "health from initiative i join strategic_axis a on a.id = i.axis_id left join program p on "
                + "p.id = i.program_id) x where x.roadmap_id = " + roadmap + " and (null is null or x.axis_id = null) "
                + "and (null is null or x.health = null) order by x.code asc limit 50 offset 0");
        analyze("select coalesce(sum(m.due_date < " + today + "), 0), coalesce(sum(m.due_date >= " + today
                + " and m.due_date <= date_add(" + today + ", interval 30 day)), 0) from milestone m join initiative i "
                + "on i.id = m.initiative_id where i.roadmap_id = " + roadmap + " and m.status <> 'DONE' and "
                + "i.status not in ('COMPLETED', 'CANCELLED')");
        analyze("select i.id, i.code, m.title, u.new_status from progress_update u join milestone m on "
                + "m.id = u.milestone_id join initiative i on i.id = u.initiative_id where i.roadmap_id = " + roadmap
                + " order by u.created_at desc, u.id desc limit 6");
        analyze("select a.id, count(i.id), round(avg(i.ms_progress)), sum(i.open_min_due < " + today + ") "
                + "from strategic_axis a left join initiative i on i.axis_id = a.id and i.status <> 'CANCELLED' "
                + "where a.roadmap_id = " + roadmap + " group by a.id");
    }

    /** Prints MariaDB's executed plan with the rows and time each step really took. */
    private void analyze(String sql) {
        System.out.println("[bench] ANALYZE " + sql);
        jdbc.queryForList("analyze format=json " + sql).forEach(row -> row.values().forEach(plan ->
                System.out.println("[bench]   " + plan.toString().replaceAll("\\s+", " "))));
    }

    private void time(String label, Supplier<?> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            query.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("[bench] %-45s median %8.2f ms   p95 %8.2f ms%n", label, millis.get(10), millis.get(18));
    }
}
