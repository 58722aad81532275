package cl.clusterminero.gestion.bench;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.roadmap.Health;
import cl.clusterminero.gestion.roadmap.InitiativeFilter;
import cl.clusterminero.gestion.roadmap.ReviewService;
import cl.clusterminero.gestion.roadmap.RoadmapService;
import cl.clusterminero.gestion.roadmap.RoadmapVolume;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
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
