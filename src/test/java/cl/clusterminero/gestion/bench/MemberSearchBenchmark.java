package cl.clusterminero.gestion.bench;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.member.Commune;
import cl.clusterminero.gestion.member.MemberFilter;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.MemberVolume;
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
 * Times the members grid's queries at a given registry size, through the real service against MariaDB:
 * {@code ./mvnw test -Pbenchmark -Dbench.members=100000}. Prints median and p95 of 30 runs per query, and the
 * plans MariaDB chooses.
 */
@Tag("benchmark")
@IntegrationTest
@WithAppUser({Role.SECRETARIAT, Role.ADMIN})
class MemberSearchBenchmark {

    @Autowired
    MemberService members;

    @Autowired
    MemberVolume volume;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${bench.members:100000}")
    int size;

    @Test
    void members_grid_queries() {
        long t0 = System.nanoTime();
        int added = volume.ensure(size);
        System.out.printf("[bench] registry: %d members (%d added in %.1f s)%n",
                jdbc.queryForObject("select count(*) from member", Long.class), added,
                (System.nanoTime() - t0) / 1e9);
        jdbc.execute("analyze table member");

        PageRequest firstPage = PageRequest.of(0, 50, Sort.by("legalName"));
        time("first page, no filter, by name", () -> members.search(MemberFilter.ALL, firstPage));
        time("count, no filter", () -> members.count(MemberFilter.ALL));
        MemberFilter byName = MemberFilter.ALL.withText("Maestranza Lic");
        time("name prefix 'Maestranza Lic', first page", () -> members.search(byName, firstPage));
        time("name prefix 'Maestranza Lic', count", () -> members.count(byName));
        MemberFilter byRut = MemberFilter.ALL.withText("10.543");
        time("RUT prefix '10.543', first page", () -> members.search(byRut, firstPage));
        MemberFilter filtered = new MemberFilter(null, MemberType.SUPPLIER, Commune.CALAMA, null, null);
        time("type + commune filter, first page", () -> members.search(filtered, firstPage));
        time("type + commune filter, count", () -> members.count(filtered));
        time("sorted by join date desc, page 100",
                () -> members.search(MemberFilter.ALL, PageRequest.of(100, 50, Sort.by(Sort.Direction.DESC,
                        "joinDate"))));

        explain("select id, legal_name from member order by legal_name, id limit 50");
        explain("select id from member where legal_name like 'Maestranza Lic%' or trade_name like "
                + "'Maestranza Lic%' order by legal_name, id limit 50");
        explain("select id from member where member_type = 'SUPPLIER' and commune = 'CALAMA' "
                + "order by legal_name, id limit 50");
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
