package cl.clusterminero.gestion.drill;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.member.Commune;
import cl.clusterminero.gestion.member.CompanySize;
import cl.clusterminero.gestion.member.MemberDraft;
import cl.clusterminero.gestion.member.MemberFilter;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.MemberVolume;
import cl.clusterminero.gestion.member.MembershipStatus;
import cl.clusterminero.gestion.member.Rut;
import cl.clusterminero.gestion.roadmap.RoadmapVolume;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The load side of the database drills (scripts/drill-restart.sh, scripts/drill-kill9.sh,
 * scripts/drill-backup-restore.sh): {@code drill.threads} sessions, each saving a new member through
 * {@link MemberService} (one transaction, acknowledged when create returns) and reading the grid's first page, for
 * {@code drill.seconds}, through the real services, pool and driver of the application. Every outcome is appended
 * (and flushed) to {@code drill.out} as {@code epochMillis,op,ok|error,millis,rut}, so the script can judge it while
 * the drill runs. {@code drill.seed-members} / {@code drill.seed-initiatives} first fill the database with synthetic
 * data. The drills' scripts point {@code SPRING_DATASOURCE_URL} at a MariaDB of their own.
 */
@Tag("drill")
@IntegrationTest
@WithAppUser({Role.SECRETARIAT, Role.ADMIN})
class DatabaseDrill {

    @Autowired
    MemberService members;

    @Autowired
    MemberVolume memberVolume;

    @Autowired
    RoadmapVolume roadmapVolume;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${drill.threads:100}")
    int threads;

    @Value("${drill.seconds:60}")
    int seconds;

    @Value("${drill.think-ms:200}")
    int thinkMillis;

    @Value("${drill.out:target/drills/drill.csv}")
    String out;

    @Value("${drill.seed-members:0}")
    int seedMembers;

    @Value("${drill.seed-initiatives:0}")
    int seedInitiatives;

    @Test
    void drive() throws Exception {
        if (seedMembers > 0) {
            memberVolume.ensure(seedMembers);
        }
        if (seedInitiatives > 0) {
            roadmapVolume.ensure(seedInitiatives);
        }
        if (seconds <= 0) {
            return;
        }
        // Drill members get RUT numbers from 90,000,000 up, after any left by an earlier run.
        Long highest = jdbc.queryForObject("select max(cast(substring_index(rut, '-', 1) as unsigned)) from member "
                + "where rut like '9_______-_'", Long.class);
        AtomicInteger nextNumber = new AtomicInteger(highest == null ? 90_000_000 : (int) (highest + 1));
        Path file = Path.of(out);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        AtomicLong saved = new AtomicLong();
        long end = System.currentTimeMillis() + seconds * 1000L;
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(file))) {
            List<Thread> sessions = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                sessions.add(Thread.ofPlatform().name("session-" + i).start(() -> {
                    SecurityContextHolder.getContext().setAuthentication(user);
                    while (System.currentTimeMillis() < end) {
                        int number = nextNumber.getAndIncrement();
                        String rut = number + "-" + Rut.checkDigitOf(number);
                        if (run(log, "save", rut, () -> members.create(draft(rut)))) {
                            saved.incrementAndGet();
                        }
                        run(log, "read", "", () -> members.search(MemberFilter.ALL,
                                PageRequest.of(0, 50, Sort.by("legalName"))));
                        pause(thinkMillis);
                    }
                }));
            }
            for (Thread session : sessions) {
                session.join();
            }
        }
        System.out.printf("[drill] %d sessions, %d s: %d saves acknowledged; outcomes in %s%n", threads, seconds,
                saved.get(), file.toAbsolutePath());
        assertThat(saved.get()).isPositive();
    }

    private static boolean run(PrintWriter log, String op, String rut, Runnable action) {
        long start = System.currentTimeMillis();
        boolean ok;
        try {
            action.run();
            ok = true;
        } catch (RuntimeException e) {
            ok = false;
        }
        long now = System.currentTimeMillis();
        synchronized (log) {
            log.println(now + "," + op + "," + (ok ? "ok" : "error") + "," + (now - start) + "," + rut);
            log.flush();
        }
        if (!ok) {
            pause(250); // a failing session does not spin
        }
        return ok;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static MemberDraft draft(String rut) {
        MemberDraft draft = new MemberDraft();
        draft.setRut(rut);
        draft.setLegalName("Simulacro " + rut);
        draft.setType(MemberType.SUPPLIER);
        draft.setCommune(Commune.ANTOFAGASTA);
        draft.setSize(CompanySize.SMALL);
        draft.setStatus(MembershipStatus.ACTIVE);
        draft.setJoinDate(LocalDate.of(2025, 1, 15));
        return draft;
    }
}
