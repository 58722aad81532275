package cl.clusterminero.gestion.bench;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.activity.ActivityFilter;
import cl.clusterminero.gestion.activity.ActivityKind;
import cl.clusterminero.gestion.activity.ActivityService;
import cl.clusterminero.gestion.activity.ActivityVolume;
import cl.clusterminero.gestion.indicators.IndicatorService;
import cl.clusterminero.gestion.member.MemberVolume;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.SystemAuthentication;
import cl.clusterminero.gestion.security.WithAppUser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the activity grid's first page (page and count, as the grid asks) and the indicators view's figures at a
 * given size, through the real services against MariaDB: {@code ./mvnw test -Pbenchmark -Dtest=ActivityBenchmark
 * -Dbench.members=1000000 -Dbench.participations=100000}. Prints median and p95 of 20 runs per query and the plans.
 */
@Tag("benchmark")
@IntegrationTest
@WithAppUser({Role.BOARD, Role.ADMIN})
class ActivityBenchmark {

    @Autowired ActivityService activityService;
    @Autowired IndicatorService indicatorService;
    @Autowired MemberVolume members;
    @Autowired ActivityVolume activities;
    @Autowired JdbcTemplate jdbc;

    @Value("${bench.members:100000}")
    int memberCount;

    @Value("${bench.participations:10000}")
    int participationCount;

    @Test
    void activity_grid_and_indicators() {
        long t0 = System.nanoTime();
        // The registry's movement triggers (V14_1) cost a procedure call per inserted member: a million rows take
        // hours through them. The volume is written with them off and the table rebuilt as V14_1's backfill does.
        List<String> triggers = jdbc.queryForList("select trigger_name from information_schema.triggers where"
                + " trigger_schema = database() and event_object_table = 'member'", String.class);
        List<String> definitions = triggers.stream().map(name -> jdbc.queryForObject("show create trigger " + name,
                (rs, n) -> rs.getString("SQL Original Statement").replaceFirst("DEFINER=`[^`]*`(@`[^`]*`)? ", "")))
                .toList();
        triggers.forEach(name -> jdbc.execute("drop trigger " + name));
        try {
            SystemAuthentication.callAsSystem(() -> members.ensure(memberCount));
        } finally {
            definitions.forEach(jdbc::execute);
        }
        jdbc.execute("delete from member_movement");
        jdbc.execute("""
                insert into member_movement (day, member_type, company_size, joined, withdrawn)
                select d.day, d.member_type, d.company_size, sum(d.j), sum(d.w)
                from (select coalesce(join_date, date(created_at)) as day, member_type,
                             coalesce(company_size, '') as company_size, 1 as j, 0 as w
                      from member where status <> 'PROSPECT'
                      union all
                      select withdrawal_date, member_type, coalesce(company_size, ''), 0, 1
                      from member where status <> 'PROSPECT' and withdrawal_date is not null) d
                group by d.day, d.member_type, d.company_size""");
        activities.ensure(participationCount);
        System.out.printf("[bench] volume: %d members, %d activities, %d participations, %d meetings (%.1f s)%n",
                count("member"), count("activity"), count("participation"), count("business_meeting"),
                (System.nanoTime() - t0) / 1e9);
        jdbc.execute("analyze table member, contact, activity, participation, business_meeting, challenge");

        PageRequest firstPage = PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "startsAt"));
        ActivityFilter none = ActivityFilter.none();
        time("activity grid first page (page + count)", () -> List.of(activityService.activities(none, firstPage),
                activityService.count(none)));
        ActivityFilter rounds = new ActivityFilter(ActivityKind.BUSINESS_ROUND, null, null, null, null, false);
        time("activity grid, business rounds, first page + count", () -> List.of(
                activityService.activities(rounds, firstPage), activityService.count(rounds)));
        Locale chile = Locale.forLanguageTag("es-CL");
        time("indicators view 2025 (all sections)", () -> indicatorService.sections(2025, chile));
        time("indicators view 2022 (all sections)", () -> indicatorService.sections(2022, chile));
        explain("select member_type, company_size, sum(joined) - sum(withdrawn) from member_movement"
                + " where day <= '2025-12-31' group by member_type, company_size");
        explain("select count(*), coalesce(sum(pa.attendance = 'ATTENDED'), 0), count(distinct case when"
                + " pa.attendance = 'ATTENDED' then pa.member_id end) from participation pa join activity a on"
                + " a.id = pa.activity_id where a.status = 'HELD' and a.starts_at >= '2025-01-01' and a.starts_at <"
                + " '2026-01-01'");
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private void explain(String sql) {
        System.out.println("[bench] EXPLAIN " + sql);
        jdbc.queryForList("explain " + sql).forEach(row -> System.out.println("[bench]   " + row));
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
        System.out.printf("[bench] %-52s median %8.2f ms   p95 %8.2f ms%n", label, millis.get(10), millis.get(18));
    }
}
