package cl.clusterminero.gestion.activity;

import cl.clusterminero.gestion.member.Rut;
import cl.clusterminero.gestion.roadmap.RoadmapFixture;
import cl.clusterminero.gestion.security.SystemAuthentication;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data for activities: the roadmap fixture's two programs (pm.a manages A, pm.b manages B), and members with
 * contacts inserted fresh for each test (unique RUTs and names) so tests can run again on the same database.
 */
public class ActivityFixture {

    final JdbcTemplate jdbc;
    final ActivityService activityService;
    public final RoadmapFixture roadmap;
    public final String tag = UUID.randomUUID().toString().substring(0, 6);

    public ActivityFixture(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.activityService = context.getBean(ActivityService.class);
        this.roadmap = RoadmapFixture.create(context);
    }

    public long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    public long member(String name, String type) {
        int number = ThreadLocalRandom.current().nextInt(30_000_000, 60_000_000);
        String rut = new Rut(number, Rut.checkDigitOf(number)).normalised();
        jdbc.update("""
                insert into member (rut, legal_name, member_type, company_size, commune, status, join_date, created_at,
                                    created_by, updated_at, updated_by)
                values (?, ?, ?, 'SMALL', 'ANTOFAGASTA', 'ACTIVE', '2021-03-15', now(), 'test', now(), 'test')
                """, rut, name + " " + tag, type);
        return jdbc.queryForObject("select id from member where rut = ?", Long.class, rut);
    }

    public long contact(long memberId, String name) {
        jdbc.update("insert into contact (member_id, full_name, email) values (?, ?, ?)", memberId, name + " " + tag,
                name.toLowerCase().replace(' ', '.') + "." + tag + "@ejemplo.cl");
        return jdbc.queryForObject("select max(id) from contact where member_id = ?", Long.class, memberId);
    }

    public ActivityDraft draft(ActivityKind kind, Long programId, int capacity, ActivityStatus status) {
        LocalDateTime start = LocalDateTime.now().plusDays(10).withHour(9).withMinute(30).withSecond(0).withNano(0);
        return new ActivityDraft(kind, "Taller de proveedores " + tag, start, start.plusHours(3),
                "Sede de la Corporación, Antofagasta", null, null, programId, null, userId("sec.a"), capacity, status);
    }

    /** An activity created by the system (bypassing roles), of program A unless {@code programId} says otherwise. */
    public long activity(ActivityKind kind, Long programId, int capacity, ActivityStatus status) {
        return SystemAuthentication.callAsSystem(() -> activityService.create(draft(kind, programId, capacity,
                status)));
    }
}
