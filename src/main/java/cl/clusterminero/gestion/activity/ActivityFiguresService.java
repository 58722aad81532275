package cl.clusterminero.gestion.activity;

import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.DisplayFormats;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity feature's figures of a year for the cluster's management indicators, each an aggregate in SQL. An
 * activity belongs to the year it starts in (Chile's wall-clock time, as stored); a challenge to the year it was
 * published or finished in Chile (its instants are stored in UTC).
 */
@Service
@Transactional(readOnly = true)
public class ActivityFiguresService {

    private final NamedParameterJdbcTemplate jdbc;

    ActivityFiguresService(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public ActivityYearFigures yearFigures(int year) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", LocalDate.of(year, 1, 1).atStartOfDay())
                .addValue("to", LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .addValue("fromUtc", utc(year)).addValue("toUtc", utc(year + 1));
        Map<ActivityKind, Long> byKind = new EnumMap<>(ActivityKind.class);
        for (ActivityKind kind : ActivityKind.values()) {
            byKind.put(kind, 0L);
        }
        jdbc.query("""
                select a.kind, count(*) from activity a
                where a.status = 'HELD' and a.starts_at >= :from and a.starts_at < :to group by a.kind
                """, params, rs -> {
            byKind.put(ActivityKind.valueOf(rs.getString(1)), rs.getLong(2));
        });
        long[] participation = jdbc.queryForObject("""
                select count(*), coalesce(sum(pa.attendance = 'ATTENDED'), 0),
                       count(distinct case when pa.attendance = 'ATTENDED' then pa.member_id end)
                from participation pa join activity a on a.id = pa.activity_id
                where a.status = 'HELD' and a.starts_at >= :from and a.starts_at < :to
                """, params, (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        Map<MeetingOutcome, Long> byOutcome = new EnumMap<>(MeetingOutcome.class);
        for (MeetingOutcome outcome : MeetingOutcome.values()) {
            byOutcome.put(outcome, 0L);
        }
        long[] meetings = new long[3];
        jdbc.query("""
                select bm.outcome, count(*), coalesce(sum(bm.contract_amount), 0)
                from business_meeting bm join activity a on a.id = bm.activity_id
                where a.status = 'HELD' and a.starts_at >= :from and a.starts_at < :to group by bm.outcome
                """, params, rs -> {
            String outcome = rs.getString(1);
            meetings[0] += rs.getLong(2);
            meetings[2] += rs.getLong(3);
            if (outcome == null) {
                meetings[1] += rs.getLong(2);
            } else {
                byOutcome.put(MeetingOutcome.valueOf(outcome), rs.getLong(2));
            }
        });
        long[] challenges = jdbc.queryForObject("""
                select (select count(*) from challenge where created_at >= :fromUtc and created_at < :toUtc),
                       (select count(*) from challenge where status in ('AWARDED', 'PILOT')
                          and status_changed_at >= :fromUtc and status_changed_at < :toUtc),
                       (select count(*) from challenge where status = 'CLOSED'
                          and status_changed_at >= :fromUtc and status_changed_at < :toUtc)
                """, params, (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        return new ActivityYearFigures(year, byKind, participation[0], participation[1], participation[2],
                meetings[0], byOutcome, meetings[1], meetings[2], challenges[0], challenges[1], challenges[2]);
    }

    /** The UTC wall-clock time at which {@code year} begins in Chile. */
    static LocalDateTime utc(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(DisplayFormats.ZONE).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
    }
}
