package cl.clusterminero.gestion.bench;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.member.Commune;
import cl.clusterminero.gestion.member.MemberFilter;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.MemberVolume;
import cl.clusterminero.gestion.roadmap.RoadmapVolume;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import cl.clusterminero.gestion.shared.search.SearchSource;
import cl.clusterminero.gestion.shell.GlobalSearchService;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the members grid's queries at a given registry size, through the real service against MariaDB:
 * {@code ./mvnw test -Pbenchmark -Dbench.members=100000} (or 1000000). Prints median and p95 of 30 runs per query,
 * the statements a grid page takes, the plans MariaDB chooses and the time spent inside MariaDB (ANALYZE).
 */
@Tag("benchmark")
@IntegrationTest
@WithAppUser({Role.SECRETARIAT, Role.ADMIN})
class MemberSearchBenchmark {

    /** MemberSearchQueriesImpl's bounds on a name walk and on the count's table walk, as its statements carry them. */
    private static final int WALK_ROWS = 20_000;
    private static final int COUNT_WALK_ROWS = 50_000;

    @Autowired
    MemberService members;

    @Autowired
    MemberVolume volume;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    GlobalSearchService globalSearch;

    @Autowired
    RoadmapVolume initiatives;

    @Value("${bench.members:100000}")
    int size;

    @Value("${bench.initiatives:10000}")
    int initiativeCount;

    @Value("${bench.activities:20000}")
    int activityCount;

    @Autowired
    List<SearchSource> sources;

    @Test
    void members_grid_queries() {
        prepare();
        PageRequest firstPage = PageRequest.of(0, 50, Sort.by("legalName"));
        MemberFilter byName = MemberFilter.ALL.withText("Maestranza Lic");
        MemberFilter byRut = MemberFilter.ALL.withText("10.543");
        MemberFilter filtered = new MemberFilter(null, MemberType.SUPPLIER, Commune.CALAMA, null, null);
        time("first page, no filter, by name", () -> members.search(MemberFilter.ALL, firstPage));
        time("grid count, no filter (estimate)", () -> members.countForGrid(MemberFilter.ALL));
        time("exact count, no filter (not used by the grid)", () -> members.count(MemberFilter.ALL));
        time("words 'Maestranza Lic', first page", () -> members.search(byName, firstPage));
        time("words 'Maestranza Lic', grid count", () -> members.countForGrid(byName));
        time("RUT prefix '10.543', first page", () -> members.search(byRut, firstPage));
        time("RUT prefix '10.543', grid count", () -> members.countForGrid(byRut));
        time("type + commune filter, first page", () -> members.search(filtered, firstPage));
        time("type + commune filter, grid count", () -> members.countForGrid(filtered));
        for (String column : List.of("rut", "type", "commune", "size", "status", "joinDate")) {
            for (Sort.Direction direction : Sort.Direction.values()) {
                time("first page sorted by " + column + " " + direction.name().toLowerCase(),
                        () -> members.search(MemberFilter.ALL, PageRequest.of(0, 50, Sort.by(direction, column))));
            }
        }
        time("sorted by join date desc, page 100 (offset 5,000)",
                () -> members.search(MemberFilter.ALL, PageRequest.of(100, 50, Sort.by(Sort.Direction.DESC,
                        "joinDate"))));
        time("by name, page 2,000 (offset 100,000)",
                () -> members.search(MemberFilter.ALL, PageRequest.of(2_000, 50, Sort.by("legalName"))));
        int middle = (int) (size / 2 / 50);
        time("by name, middle page " + middle + " (offset " + middle * 50 + ")",
                () -> members.search(MemberFilter.ALL, PageRequest.of(middle, 50, Sort.by("legalName"))));
        time("type + commune filter, page 100 (offset 5,000)",
                () -> members.search(filtered, PageRequest.of(100, 50, Sort.by("legalName"))));

        // The first measurement ran on a cold JVM (JIT, Hibernate's query plans): measure it again now.
        time("first page, no filter, by name (again)", () -> members.search(MemberFilter.ALL, firstPage));

        // Statements per grid page and per count, counted by Hibernate.
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        members.search(filtered, PageRequest.of(3, 50, Sort.by("commune")));
        System.out.printf("[bench] statements for one grid page: %d%n", statistics.getPrepareStatementCount());
        statistics.clear();
        members.countForGrid(MemberFilter.ALL);
        System.out.printf("[bench] statements for the grid's count, no filter: %d%n",
                statistics.getPrepareStatementCount());
        statistics.setStatisticsEnabled(false);

        String rows = "select id, rut, legal_name, trade_name, member_type, commune, company_size, status, join_date, "
                + "email, phone from member where id in ";
        String ids = "(" + String.join(",", jdbc.queryForList("select id from member order by legal_name, id limit 50",
                String.class)) + ")";
        explain("select id from member order by legal_name, id limit 50");
        explain(rows + ids);
        explain("select id from member where legal_name like 'Maestranza Lic%' or trade_name like "
                + "'Maestranza Lic%' order by legal_name, id limit 50");
        explain("select id from member where rut like '10543%' or legal_name like '10.543%' or trade_name like "
                + "'10.543%' order by legal_name, id limit 50");
        explain("select id from member where member_type = 'SUPPLIER' and commune = 'CALAMA' "
                + "order by legal_name, id limit 50");
        explain("select id from member where member_type = 'SUPPLIER' and commune = 'CALAMA' limit "
                + (MemberService.EXACT_COUNT_LIMIT + 1));
        explain("select id from member limit " + (MemberService.EXACT_COUNT_LIMIT + 1));
        explain("select id from member order by rut desc limit 50");
        explain("select id from member order by rut desc, id desc limit 50");
        explain("select id from member order by member_type, legal_name, id limit 50");
        explain("select id from member order by commune desc, legal_name desc, id desc limit 50");
        explain("select id from member order by company_size, legal_name, id limit 50");
        explain("select id from member order by status, legal_name, id limit 50");
        explain("select id from member order by join_date desc, id desc limit 50 offset 5000");
        explain("select id from member order by legal_name, id limit 50 offset " + middle * 50);
        explain("select table_rows from information_schema.tables where table_schema = database() "
                + "and table_name = 'member'");
        // Time spent inside MariaDB (ANALYZE runs the statement): the first page's two statements.
        analyze("select id from member order by legal_name, id limit 50");
        analyze(rows + ids);
        analyze("select id from member order by legal_name, id limit 50 offset " + middle * 50);
        analyze("select id from member order by join_date desc, id desc limit 50 offset 5000");
        analyze("select id from member order by legal_name, id limit 50 offset 100000");
        analyze("select id from member where member_type = 'SUPPLIER' and commune = 'CALAMA' limit "
                + (MemberService.EXACT_COUNT_LIMIT + 1));
        analyze("select id from member limit " + (MemberService.EXACT_COUNT_LIMIT + 1));
        analyze("select id from member where member_type = 'SUPPLIER' and commune = 'CALAMA' "
                + "order by legal_name, id limit 50 offset 5000");
        analyze("select count(*) from member");
    }

    /**
     * Word searches (FULLTEXT, V13; name walk over V16's index) at the registry's size:
     * {@code ./mvnw test -Pbenchmark -Dbench.members=1000000 -Dtest='MemberSearchBenchmark#word_search'}.
     * The synthetic names are "<activity> <place> <n> <form>" from 40 activities and 30 places, so an activity word
     * matches about 1 in 40 members (25,000 at 1M), a place 1 in 30, a legal form 1 in 4.
     */
    @Test
    void word_search() {
        prepare();
        PageRequest firstPage = PageRequest.of(0, 50, Sort.by("legalName"));
        for (String text : List.of("Licancabur", "neumaticos", "Maestranza Licancabur", "hidraulica toconao 12",
                "Escondida", "spa", "compania")) {
            MemberFilter filter = MemberFilter.ALL.withText(text);
            time("words '" + text + "', first page", () -> members.search(filter, firstPage));
            time("words '" + text + "', grid count", () -> members.countForGrid(filter));
            time("words '" + text + "', page and count", () -> List.of(members.search(filter, firstPage),
                    members.countForGrid(filter)));
        }
        time("words 'Licancabur', page 20 (offset 1,000)",
                () -> members.search(MemberFilter.ALL.withText("Licancabur"), PageRequest.of(20, 50,
                        Sort.by("legalName"))));
        time("words 'Licancabur', sorted by name desc",
                () -> members.search(MemberFilter.ALL.withText("Licancabur"), PageRequest.of(0, 50,
                        Sort.by(Sort.Direction.DESC, "legalName"))));

        // The statements of a word page in name order (MemberSearchQueriesImpl.wordsInNameOrder) and of the count.
        String likes = "(legal_name like 'licancabur%' or legal_name like '% licancabur%' or trade_name like "
                + "'licancabur%' or trade_name like '% licancabur%')";
        String beginning = "select id from member where legal_name like 'Licancabur%' order by legal_name, id "
                + "limit 50";
        String walk = "select id from member where " + likes + " and not (legal_name like 'Licancabur%') "
                + "order by legal_name, id limit 0, 50 rows examined " + WALK_ROWS;
        String rare = "select id from member where match(legal_name, trade_name) against ('+hidraulica* +toconao*' "
                + "in boolean mode) and not (legal_name like 'hidraulica toconao 12%') order by legal_name, id "
                + "limit 50";
        String countWalk = "select id from member ignore index (ix_member_name_words) where " + likes + " limit 0, "
                + (MemberService.EXACT_COUNT_LIMIT + 1) + " rows examined " + COUNT_WALK_ROWS;
        String ftOnly = "select id from member where match(legal_name, trade_name) against ('+licancabur*' in "
                + "boolean mode) and not (legal_name like 'Licancabur%') order by legal_name, id limit 50";
        for (String sql : List.of(beginning, walk, rare, countWalk, ftOnly)) {
            explain(sql);
        }
        for (String sql : List.of(beginning, walk, rare, countWalk, ftOnly)) {
            analyze(sql);
        }
    }

    /**
     * The navbar's global search, every source the admin may read (members at the registry's size, 10,000
     * initiatives, 20,000 activities, the programs, meetings and users there are), as a whole and source by source:
     * {@code ./mvnw test -Pbenchmark -Dbench.members=1000000 -Dtest='MemberSearchBenchmark#global_search'}.
     */
    @Test
    void global_search() {
        prepare();
        initiatives.ensure(initiativeCount);
        ensureActivities(activityCount);
        Locale spanish = TranslationProvider.SPANISH_CHILE;
        for (String text : List.of("Licancabur", "Maestranza Licancabur", "neumaticos", "hidraulica toconao 12",
                "Escondida", "10.543", "taller calama")) {
            time("global search '" + text + "'", () -> globalSearch.search(text, spanish));
            for (SearchSource source : sources) {
                time("  source " + source.groupKey(), () -> source.find(text,
                        GlobalSearchService.HITS_PER_GROUP, spanish));
            }
        }
    }

    /** Synthetic activities for the global search's activity source: straight inserts, once. */
    private void ensureActivities(int count) {
        Integer existing = jdbc.queryForObject("select count(*) from activity where updated_by = 'volumen'",
                Integer.class);
        if (existing != null && existing >= count) {
            return;
        }
        String[] kinds = {"WORKSHOP", "BUSINESS_ROUND", "SITE_VISIT", "WORKING_GROUP", "CHALLENGE_CALL", "TRAINING"};
        String[] topics = {"Taller de proveedores", "Rueda de negocios", "Visita a faena", "Mesa de trabajo",
                "Convocatoria", "Capacitación en seguridad"};
        String[] places = {"Antofagasta", "Calama", "Mejillones", "Taltal", "Tocopilla", "Sierra Gorda"};
        Long organiser = jdbc.queryForObject("select min(id) from app_user", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = existing == null ? 0 : existing; i < count; i++) {
            LocalDateTime start = LocalDateTime.of(2020, 1, 6, 9, 30).plusDays(i % 2_500);
            rows.add(new Object[] {kinds[i % kinds.length], topics[i % topics.length] + " " + i,
                    Timestamp.valueOf(start), Timestamp.valueOf(start.plusHours(3)),
                    "Sede " + places[(i / 7) % places.length], organiser});
        }
        jdbc.batchUpdate("insert into activity (kind, title, starts_at, ends_at, place, organiser_id, capacity, "
                + "status, created_at, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, 30, 'HELD', now(), now(), "
                + "'volumen')", rows);
        System.out.printf("[bench] activities: %d%n", jdbc.queryForObject("select count(*) from activity",
                Long.class));
    }

    private void prepare() {
        long t0 = System.nanoTime();
        int added = volume.ensure(size);
        System.out.printf("[bench] registry: %d members (%d added in %.1f s)%n",
                jdbc.queryForObject("select count(*) from member", Long.class), added,
                (System.nanoTime() - t0) / 1e9);
        jdbc.execute("analyze table member");
        // A working database has its hot tables in the buffer pool: read the table and each index once.
        long w0 = System.nanoTime();
        jdbc.queryForObject("select sum(crc32(concat_ws('|', rut, legal_name, trade_name, email, phone))) from member",
                Long.class);
        for (String index : jdbc.queryForList("select distinct index_name from information_schema.statistics where "
                + "table_schema = database() and table_name = 'member' and index_name <> 'PRIMARY'", String.class)) {
            jdbc.queryForObject("select count(*) from member force index (" + index + ")", Long.class);
        }
        System.out.printf("[bench] buffer pool warmed in %.1f s (innodb_buffer_pool_size %s MB)%n",
                (System.nanoTime() - w0) / 1e9,
                jdbc.queryForObject("select @@innodb_buffer_pool_size div 1048576", Long.class));
    }

    private void analyze(String sql) {
        String json = jdbc.queryForObject("analyze format=json " + sql, String.class);
        Matcher time = Pattern.compile("\"r_total_time_ms\":\\s*([0-9.]+)")
                .matcher(json.substring(Math.max(0, json.indexOf("\"query_block\""))));
        System.out.printf("[bench] ANALYZE %s%n[bench]   r_total_time_ms %s%n", sql,
                time.find() ? time.group(1) : "?");
    }

    private void time(String label, Supplier<?> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            query.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("[bench] %-45s median %7.2f ms   p95 %7.2f ms%n", label, millis.get(15), millis.get(28));
    }

    private void explain(String sql) {
        System.out.println("[bench] EXPLAIN " + sql);
        jdbc.queryForList("explain " + sql).forEach(row -> System.out.println("[bench]   " + row));
    }
}
